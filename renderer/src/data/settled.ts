import type { DocSnapshot, DocumentSync } from './document-sync';
import type { Scope } from './doc-scopes';

/**
 * A value read from the open document that follows it once edits pause for `delayMs`: the
 * analysis views' incident line, a field's language hints. Its readers are woken when the settled
 * value changes, never per keystroke, so a keystroke does not re-render them or schedule effects
 * to restart a timer of their own. Readers of one key share one timer and one subscription.
 */
export class SettledValue<T> {
  private value: T;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private stopWatching: (() => void) | null = null;

  constructor(
    private readonly sync: DocumentSync,
    private readonly scope: Scope | null,
    private readonly select: (snapshot: DocSnapshot) => T,
    private readonly delayMs: number,
  ) {
    this.value = select(sync.getSnapshot());
  }

  get = (): T => this.value;

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) this.watch();
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.unwatch();
    };
  };

  private watch(): void {
    // What changed while nobody read it is current at once: only changes seen while read wait.
    this.value = this.select(this.sync.getSnapshot());
    const subscribe =
      this.scope === null ? this.sync.subscribe : this.sync.subscribeScope(this.scope);
    this.stopWatching = subscribe(() => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.settle(), this.delayMs);
    });
  }

  private unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private settle(): void {
    this.timer = null;
    const next = this.select(this.sync.getSnapshot());
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const listener of [...this.listeners]) listener();
  }
}

const registry = new WeakMap<DocumentSync, Map<string, SettledValue<unknown>>>();

/**
 * The settled value named `key` of a document, made on first use. A key names one selection: the
 * same key must always come with the same scope, selector and delay.
 */
export function settledValue<T>(
  sync: DocumentSync,
  key: string,
  scope: Scope | null,
  select: (snapshot: DocSnapshot) => T,
  delayMs: number,
): SettledValue<T> {
  let values = registry.get(sync);
  if (!values) registry.set(sync, (values = new Map()));
  let value = values.get(key) as SettledValue<T> | undefined;
  if (!value) {
    value = new SettledValue(sync, scope, select, delayMs);
    values.set(key, value as SettledValue<unknown>);
  }
  return value;
}
