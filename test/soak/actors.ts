import { STEP_IDS } from '../../shared/meeting';
import { call, CallFailed, type SoakHost } from './host';
import type { Ledger, Totals } from './ledger';
import { mulberry32 } from '../support/seeded-random';

/** A seeded PRNG, so a failing run can be repeated with its seed (the kill moments still vary). */
export const prng = mulberry32;

export interface Workload {
  host: SoakHost;
  ledger: Ledger;
  totals: Totals;
  random: () => number;
  trial: number;
  /** CSV files to import, with their row counts. */
  csvs: { file: string; rows: number }[];
  /** Set when the host is about to be killed: the actors stop sending. */
  stopped: () => boolean;
}

/** Runs `step` until stopped or the host stops answering (it was killed). */
async function loop(work: Workload, step: () => Promise<void>): Promise<void> {
  while (!work.stopped()) {
    try {
      await step();
    } catch (error) {
      if (error instanceof CallFailed) throw error;
      return; // The connection broke: the host was killed.
    }
  }
}

/** The editor: saves the document again and again, each save based on the last acknowledged one. */
function edits(work: Workload): Promise<void> {
  let n = 0;
  return loop(work, async () => {
    const text = `trial ${work.trial} edit ${n++}`;
    work.ledger.edit.unacked.add(text);
    // One field, one operation, as the editor sends typing.
    const reply = await call<{ batch: { revision: number } }>(work.host, 'postmortems.apply', {
      postmortemId: work.ledger.editId,
      windowId: 'soak-editor',
      batchId: `soak-${work.trial}-${n}`,
      ops: [{ op: 'set', list: 'doc', field: 'summary.whatHappened', value: text }],
    });
    work.ledger.edit = { revision: reply.batch.revision, text, unacked: new Set() };
    work.totals.saves++;
  });
}

/** The facilitator's captures: a timeline event, an action, a parking-lot item or a note. */
function captures(work: Workload): Promise<void> {
  let n = 0;
  return loop(work, async () => {
    const text = `trial ${work.trial} capture ${n++}`;
    const kinds = [
      { kind: 'timeline', text },
      { kind: 'action', description: text },
      { kind: 'parkingLot', text },
      { kind: 'note', text },
    ];
    const input = kinds[Math.floor(work.random() * kinds.length)]!;
    const result = await call<{ itemId: string | null }>(work.host, 'meeting.capture', {
      postmortemId: work.ledger.meetId,
      windowId: 'soak-facilitator',
      ...input,
    });
    work.ledger.captured.push(result.itemId ?? text);
    work.totals.captures++;
  });
}

/** The meeting: jumps to a random step, naming the revision it saw. */
function steps(work: Workload): Promise<void> {
  return loop(work, async () => {
    const target = Math.floor(work.random() * STEP_IDS.length);
    const outcome = await call<{
      meeting: { state: { revision: number; currentStepIndex: number } };
    }>(work.host, 'meeting.command', {
      postmortemId: work.ledger.meetId,
      command: { type: 'jump', stepIndex: target, expectedRevision: work.ledger.meeting.revision },
    });
    const state = outcome.meeting.state;
    work.ledger.meeting = { revision: state.revision, step: state.currentStepIndex };
    work.totals.steps++;
    await new Promise((resolve) => setTimeout(resolve, 20 + work.random() * 80));
  });
}

/** Imports: stage a CSV, then commit it. A kill lands in the stage, the commit or between. */
function imports(work: Workload): Promise<void> {
  return loop(work, async () => {
    const csv = work.csvs[Math.floor(work.random() * work.csvs.length)]!;
    const staged = await call<{ stagingId: string; rowCount: number }>(
      work.host,
      'evidence.stage',
      {
        postmortemId: work.ledger.importId,
        filePath: csv.file,
      },
    );
    if (staged.rowCount !== csv.rows) {
      throw new CallFailed(
        'evidence.stage',
        'soak',
        `staged ${staged.rowCount} of ${csv.rows} rows`,
      );
    }
    const evidence = await call<{ id: string; rowCount: number }>(work.host, 'evidence.commit', {
      stagingId: staged.stagingId,
      overrides: {},
    });
    work.ledger.imports.set(evidence.id, evidence.rowCount);
    work.totals.imports++;
  });
}

/** Every actor at once, until stopped or killed; a refused call is a finding and is rethrown. */
export async function runWorkload(work: Workload): Promise<void> {
  await Promise.all([edits(work), captures(work), steps(work), imports(work)]);
}
