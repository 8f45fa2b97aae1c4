import type { EventName, PayloadOf } from '../../shared/contract';

export type EventListener = <E extends EventName>(name: E, payload: PayloadOf<E>) => void;

/** Fans back-end events out to every transport (Electron windows, HTTP event streams). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }
}
