import type { WriteDb } from '../handles';
import type { Migration } from './types';

// The meeting's agenda gains a step of its own for the timeline, right after the incident summary
// (index 2). Until now the summary step covered the timeline too. Stored meetings are rewritten so
// that they read as ten-step meetings with their history intact:
// - every stored step index at or after 2 (the current step, events' step and from) moves up one;
// - a meeting that has not started gives the new step half of the summary's timebox (whole
//   minutes, each keeping at least one), so the agreed total and every other step stay as they were;
// - a meeting that started or ended gets the step skipped: its log must keep saying what ran, and
//   a skipped step counts in no total. The facilitator can still un-skip it in a running meeting.
// The rules are written out here rather than imported: a migration must mean the same forever.

const INSERT_AT = 2;
const TIMELINE = { id: 'timeline', title: 'Timeline of events' } as const;
const SKIPPED_TIMEBOX_SECONDS = 5 * 60;

interface StoredStep {
  id: string;
  title: string;
  plannedSeconds: number;
  addedSeconds: number;
  skipped: boolean;
}

interface MeetingRow {
  postmortem_id: string;
  status: string;
  current_step: number;
  agenda_json: string;
}

function isNineStepAgenda(value: unknown): value is StoredStep[] {
  return (
    Array.isArray(value) &&
    value.length === 9 &&
    value.every((s) => typeof s === 'object' && s !== null && typeof s.id === 'string') &&
    (value[1] as StoredStep).id === 'summary' &&
    !value.some((s: StoredStep) => s.id === TIMELINE.id)
  );
}

/** The agenda with the timeline step inserted, as the comment above says. */
export function withTimelineStep(agenda: readonly StoredStep[], status: string): StoredStep[] {
  const next = agenda.map((s) => ({ ...s }));
  const summary = next[1]!;
  const halfMinutes = Math.floor(summary.plannedSeconds / 120);
  const split = status === 'planned' && !summary.skipped && halfMinutes >= 1;
  if (split) summary.plannedSeconds -= halfMinutes * 60;
  next.splice(INSERT_AT, 0, {
    ...TIMELINE,
    plannedSeconds: split ? halfMinutes * 60 : SKIPPED_TIMEBOX_SECONDS,
    addedSeconds: 0,
    skipped: !split,
  });
  return next;
}

function up(db: WriteDb): void {
  const rows = db
    .prepare('SELECT postmortem_id, status, current_step, agenda_json FROM meetings')
    .all() as MeetingRow[];
  const updateMeeting = db.prepare(
    'UPDATE meetings SET agenda_json = ?, current_step = ? WHERE postmortem_id = ?',
  );
  const shiftSteps = db.prepare(
    'UPDATE meeting_events SET step_index = step_index + 1 WHERE postmortem_id = ? AND step_index >= ?',
  );
  const shiftFrom = db.prepare(
    'UPDATE meeting_events SET from_index = from_index + 1 WHERE postmortem_id = ? AND from_index >= ?',
  );
  for (const row of rows) {
    let agenda: unknown;
    try {
      agenda = JSON.parse(row.agenda_json);
    } catch {
      continue;
    }
    // Anything else was unreadable before and stays so: the app names the row when it reads it.
    if (!isNineStepAgenda(agenda)) continue;
    const current = row.current_step >= INSERT_AT ? row.current_step + 1 : row.current_step;
    updateMeeting.run(
      JSON.stringify(withTimelineStep(agenda, row.status)),
      current,
      row.postmortem_id,
    );
    shiftSteps.run(row.postmortem_id, INSERT_AT);
    shiftFrom.run(row.postmortem_id, INSERT_AT);
  }
}

export const migration004: Migration = { version: 4, name: 'timeline-step', up };
