import type { MeetingCommandOutcome, MeetingRecord } from '../../../shared/contract/meeting';
import type { MeetingCommand } from '../../../shared/meeting';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend, type Backend } from '../../../main/backend';
import { tempDir } from '../db/temp';
import { fullDocument } from '../postmortems/full-document';
import { storeDocument } from '../postmortems/store-document';

const quiet = () => {};

/** A clock in epoch ms that only the test moves (the back end stamps meeting instants with it). */
export function testClock(startIso = '2026-03-02T09:00:00.000Z') {
  let ms = Date.parse(startIso);
  return {
    now: () => new Date(ms),
    ms: () => ms,
    advance: (seconds: number) => {
      ms += seconds * 1000;
    },
  };
}

export type Clock = ReturnType<typeof testClock>;

type Unguarded<C> = C extends unknown ? Omit<C, 'expectedRevision'> : never;

/** A back end in a temporary folder, called through dispatch. */
export async function openBackend(dataDir: string, clock: Clock) {
  const backend: Backend = await createBackend({ dataDir, now: clock.now, log: quiet });
  const events: { name: string; payload: unknown }[] = [];
  backend.events.subscribe((name, payload) => events.push({ name, payload }));
  const call = (channel: string, input: unknown = {}) =>
    dispatch(backend.handlers, channel, input, quiet);
  const value = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const outcome = await call(channel, input);
    if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
    return outcome.value as T;
  };
  return { backend, events, call, value };
}

/** A back end with one stored postmortem, as window 'window-a' of a meeting would see it. */
export async function setup() {
  const dataDir = tempDir('pm-meeting-');
  const clock = testClock();
  const opened = await openBackend(dataDir, clock);
  const stored = await storeDocument(opened.value, { ...fullDocument(), title: 'Meeting test' });
  const id = stored.id;
  opened.events.length = 0;

  /** Sends a command against the revision currently stored, like a window showing it. */
  const command = async (cmd: Unguarded<MeetingCommand>) => {
    const meeting = await opened.value<MeetingRecord>('meeting.get', { postmortemId: id });
    return opened.value<MeetingCommandOutcome>('meeting.command', {
      postmortemId: id,
      command: { ...cmd, expectedRevision: meeting.state.revision },
    });
  };
  return { ...opened, dataDir, clock, id, command };
}
