import { call, CallFailed, type SoakHost } from './host';

/**
 * What the back end acknowledged in one data folder, across its kills: every acknowledged write
 * must be found after the next start. Writes sent but not acknowledged may or may not be there.
 */
export interface Ledger {
  editId: string;
  meetId: string;
  importId: string;
  edit: { revision: number; text: string; unacked: Set<string> };
  meeting: { revision: number; step: number };
  /** Ids of captured items (timeline, action, parking lot) and the texts of captured notes. */
  captured: string[];
  /** Committed evidence id -> its rows. */
  imports: Map<string, number>;
}

export interface Totals {
  saves: number;
  captures: number;
  steps: number;
  imports: number;
}

export const newTotals = (): Totals => ({
  saves: 0,
  captures: 0,
  steps: 0,
  imports: 0,
});

interface StoredDoc {
  revision: number;
  summary: { whatHappened: string };
  [key: string]: unknown;
}

interface MeetingRecord {
  state: { revision: number; currentStepIndex: number; status: string };
}

/** Sets up the postmortems a chain of trials works on (nothing is killed while this runs). */
export async function newLedger(host: SoakHost): Promise<Ledger> {
  const create = (title: string) =>
    call<StoredDoc & { id: string }>(host, 'postmortems.create', { title });
  const edit = await create('Soak: edits and imports');
  const meet = await create('Soak: the meeting');
  const started = await call<{ meeting: MeetingRecord }>(host, 'meeting.command', {
    postmortemId: meet.id,
    command: { type: 'start', expectedRevision: 0 },
  });
  return {
    editId: edit.id,
    meetId: meet.id,
    importId: edit.id,
    edit: { revision: edit.revision, text: edit.summary.whatHappened, unacked: new Set() },
    meeting: {
      revision: started.meeting.state.revision,
      step: started.meeting.state.currentStepIndex,
    },
    captured: [],
    imports: new Map(),
  };
}

/**
 * After a restart: every acknowledged write is there, the meeting is on its step, and the ledger
 * moves on to what is stored (an unacknowledged write that landed is the new base). Returns the
 * problems found.
 */
export async function verifyLedger(host: SoakHost, ledger: Ledger): Promise<string[]> {
  const problems: string[] = [];
  const doc = await call<StoredDoc>(host, 'postmortems.get', { id: ledger.editId });
  const acked = ledger.edit;
  if (doc.revision < acked.revision) {
    problems.push(
      `edit: stored revision ${doc.revision} is older than acknowledged ${acked.revision}`,
    );
  } else if (doc.revision === acked.revision && doc.summary.whatHappened !== acked.text) {
    problems.push(
      `edit: revision ${doc.revision} holds "${doc.summary.whatHappened}", not "${acked.text}"`,
    );
  } else if (doc.revision > acked.revision && !acked.unacked.has(doc.summary.whatHappened)) {
    problems.push(`edit: revision ${doc.revision} holds "${doc.summary.whatHappened}", never sent`);
  }
  ledger.edit = { revision: doc.revision, text: doc.summary.whatHappened, unacked: new Set() };

  const meeting = await call<MeetingRecord>(host, 'meeting.get', { postmortemId: ledger.meetId });
  if (meeting.state.revision < ledger.meeting.revision) {
    problems.push(
      `meeting: revision ${meeting.state.revision} < acknowledged ${ledger.meeting.revision}`,
    );
  } else if (
    meeting.state.revision === ledger.meeting.revision &&
    meeting.state.currentStepIndex !== ledger.meeting.step
  ) {
    problems.push(
      `meeting: on step ${meeting.state.currentStepIndex}, acknowledged ${ledger.meeting.step}`,
    );
  }
  ledger.meeting = { revision: meeting.state.revision, step: meeting.state.currentStepIndex };

  const captures = JSON.stringify(await call(host, 'postmortems.get', { id: ledger.meetId }));
  for (const item of ledger.captured) {
    if (!captures.includes(item)) problems.push(`capture: "${item}" was acknowledged but is gone`);
  }

  const listed = await call<{ id: string; rowCount: number }[]>(host, 'evidence.list', {
    postmortemId: ledger.importId,
  });
  const found = new Map(listed.map((e) => [e.id, e.rowCount]));
  for (const [id, rows] of ledger.imports) {
    if (found.get(id) !== rows) problems.push(`import: ${id} (${rows} rows) is missing`);
  }
  for (const evidence of listed) {
    // All or nothing: whatever is listed reads to its last row.
    try {
      const page = await call<{ rowNumbers: number[] }>(host, 'evidence.page', {
        evidenceId: evidence.id,
        offset: evidence.rowCount - 1,
        limit: 1,
      });
      if (page.rowNumbers[0] !== evidence.rowCount) {
        problems.push(
          `import: ${evidence.id} lists ${evidence.rowCount} rows, reads ${page.rowNumbers[0]}`,
        );
      }
    } catch (error) {
      if (!(error instanceof CallFailed)) throw error;
      problems.push(`import: ${evidence.id} cannot be read: ${error.message}`);
    }
    ledger.imports.set(evidence.id, evidence.rowCount);
  }
  return problems;
}
