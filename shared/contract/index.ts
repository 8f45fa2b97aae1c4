import type { z } from 'zod';
import { appCalls } from './app';
import type { CallSpec, EventSpec } from './define';
import { postmortemCalls } from './postmortems';
import { evidenceCalls, evidenceEvents } from './evidence';
import { meetingCalls, meetingEvents } from './meeting';
import { appEvents } from './events';
import { exportCalls, exportEvents } from './export';
import { libraryCalls } from './library';
import { reviewCalls, reviewEvents } from './reviews';

/**
 * Every call between the window and the back end, declared once. Both transports (Electron IPC and
 * the browser host's HTTP) are loops over this table; adding a call is one entry here plus one handler.
 */
export const contract = {
  ...appCalls,
  ...postmortemCalls,
  ...evidenceCalls,
  ...meetingCalls,
  ...exportCalls,
  ...libraryCalls,
  ...reviewCalls,
} as const satisfies Record<string, CallSpec<z.ZodType, unknown>>;

export const events = {
  ...appEvents,
  ...evidenceEvents,
  ...meetingEvents,
  ...exportEvents,
  ...reviewEvents,
} satisfies Record<string, EventSpec<z.ZodType>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

export type EventName = keyof typeof events;
export type PayloadOf<E extends EventName> = z.output<(typeof events)[E]['payload']>;

export const channels = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}

/** What the window holds: one async function per call, plus a subscription to pushed events. */
export type Api = { [C in Channel]: (input: InputOf<C>) => Promise<ResultOf<C>> };

/** What a transport offers the renderer; `window.api` in Electron has exactly this shape. */
export interface Transport {
  readonly kind: 'electron' | 'http';
  invoke<C extends Channel>(
    channel: C,
    input: InputOf<C>,
  ): Promise<import('./errors').Outcome<ResultOf<C>>>;
  on<E extends EventName>(name: E, listener: (payload: PayloadOf<E>) => void): () => void;
}

export * from './errors';
export * from './define';
export type { AppInfo, BackupInfo, DatabaseHealth, OpenProblem } from './app';
