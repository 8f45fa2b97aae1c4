// A window's DocumentSync against a real back end (a temporary data folder, the contract's
// dispatch): what typing one character at a time wakes, and what it leaves alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend } from '../../../main/backend';
import type { Op } from '../../../shared/doc/ops';
import type { Postmortem } from '../../../shared/domain';
import { DocumentSync, type SyncApi } from '../../../renderer/src/data/document-sync';
import { settledValue } from '../../../renderer/src/data/settled';
import { incidentLine } from '../../../shared/domain';
import { tempDir } from '../db/temp';

const quiet = () => {};
const opened: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const close of opened.splice(0).reverse()) await close();
});

async function openWindow() {
  const backend = await createBackend({ dataDir: tempDir('pm-sync-typing-') });
  opened.push(() => backend.stop());
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const outcome = await dispatch(backend.handlers, channel, input, quiet);
    if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
    return outcome.value as T;
  };
  const api: SyncApi = {
    get: (id) => value('postmortems.get', { id }),
    apply: (input) => value('postmortems.apply', input),
    undo: (input) => value('postmortems.undo', input),
    redo: (input) => value('postmortems.redo', input),
  };
  const created = await value<Postmortem>('postmortems.create', { title: 'Typing' });
  const persisted: Op[][] = [];
  let ids = 0;
  const sync = new DocumentSync(created.id, {
    api,
    windowId: 'window-a',
    notify: quiet,
    persist: (ops) => persisted.push([...ops]),
    newId: () => `id-${++ids}`,
  });
  opened.push(() => sync.dispose());
  await sync.load();
  return { sync, value, id: created.id };
}

describe('typing into one field of a window', () => {
  it('keeps the save status the same object while it is unchanged, so status views sleep', async () => {
    const { sync } = await openWindow();
    const seen = new Set<unknown>();
    let text = '';
    for (const ch of 'the decline rate rose') {
      text += ch;
      sync.set('summary.whatHappened', text);
      seen.add(sync.getSnapshot().status);
    }
    expect(sync.getSnapshot().status).toEqual({ kind: 'pending' });
    expect(seen.size).toBe(1);
    await sync.flush();
    expect(sync.getSnapshot().status).toEqual({ kind: 'saved' });
  });

  it("wakes the field's own scope on each keystroke, never another field's or the lists'", async () => {
    const { sync, value, id } = await openWindow();
    // 'doc:summary.timeZone' is what every timeline event's time field reads.
    const woken = {
      doc: 0,
      'doc:summary.whatHappened': 0,
      'doc:summary.timeZone': 0,
      timeline: 0,
      actions: 0,
    };
    for (const scope of Object.keys(woken) as (keyof typeof woken)[])
      sync.subscribeScope(scope)(() => woken[scope]++);
    const typed = 'the decline rate rose in one segment';
    let text = '';
    for (const ch of typed) {
      text += ch;
      sync.set('summary.whatHappened', text);
    }
    await sync.flush();
    expect(woken.doc).toBeGreaterThanOrEqual(typed.length);
    expect(woken['doc:summary.whatHappened']).toBeGreaterThanOrEqual(typed.length);
    expect(woken['doc:summary.timeZone']).toBe(0);
    expect(woken.timeline).toBe(0);
    expect(woken.actions).toBe(0);
    const stored = await value<Postmortem>('postmortems.get', { id });
    expect(stored.summary.whatHappened).toBe(typed);
  });
});

describe("a settled value (the incident line, a field's hints) while typing", () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const incident = (s: ReturnType<DocumentSync['getSnapshot']>) =>
    s.doc ? incidentLine(s.doc) : '';

  it('wakes its readers once typing pauses, not per keystroke, and one timer serves them all', async () => {
    const { sync } = await openWindow();
    const line = settledValue(sync, 'incident', 'doc', incident, 40);
    expect(settledValue(sync, 'incident', 'doc', incident, 40)).toBe(line);
    let woken = 0;
    const stop = [line.subscribe(() => woken++), line.subscribe(() => woken++)];
    expect(line.get()).toBe('Typing');
    let text = '';
    for (const ch of 'Scores drifted. Then more.') {
      text += ch;
      sync.set('summary.whatHappened', text);
    }
    expect(woken).toBe(0);
    expect(line.get()).toBe('Typing');
    // Both readers, once each; the line is the first sentence only.
    await vi.waitFor(() => expect(woken).toBe(2));
    await sleep(80);
    expect(woken).toBe(2);
    expect(line.get()).toBe('Scores drifted.');

    // Typing past the first sentence settles to the same line: nobody is woken.
    sync.set('summary.whatHappened', `${text} And more.`);
    await sleep(120);
    expect(woken).toBe(2);
    for (const s of stop) s();
  });

  it('is current at once for a reader that arrives after edits made while nobody read it', async () => {
    const { sync } = await openWindow();
    const line = settledValue(sync, 'incident', 'doc', incident, 40);
    line.subscribe(() => {})();
    sync.set('summary.whatHappened', 'Scores drifted.');
    const stop = line.subscribe(() => {});
    expect(line.get()).toBe('Scores drifted.');
    stop();
  });
});
