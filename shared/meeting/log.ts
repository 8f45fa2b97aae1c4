import { agendaTotalSeconds, stepTimeboxSeconds } from './agenda';
import { formatDelta, formatDuration } from './format';
import { replayEvents, timingsAt } from './replay';
import type { AnyStepId, MeetingState, MeetingStatus } from './types';

export interface MeetingLogRow {
  index: number;
  id: AnyStepId;
  title: string;
  plannedSeconds: number;
  addedSeconds: number;
  /** planned + added; 0 for a skipped step (it was not part of the plan that ran). */
  timeboxSeconds: number;
  actualSeconds: number;
  /** actual - timebox: positive means over. */
  deltaSeconds: number;
  skipped: boolean;
  visits: number;
}

export interface MeetingLog {
  status: MeetingStatus;
  startedAtMs: number | null;
  endedAtMs: number | null;
  rows: MeetingLogRow[];
  /** Sum of the rows' timeboxes (steps not skipped). */
  totalPlannedSeconds: number;
  /** Sum of the rows' actual seconds (equals the clock's elapsed time). */
  totalActualSeconds: number;
  totalDeltaSeconds: number;
  pausedSeconds: number;
  pauseCount: number;
  wallSeconds: number;
}

/** Planned versus actual time per step, for the report; as of `nowMs` if the meeting is still on. */
export function meetingLog(state: MeetingState, nowMs: number): MeetingLog {
  const replay = replayEvents(state.events, state.agenda.length);
  const t = timingsAt(replay, nowMs);
  const rows = state.agenda.map((step, index): MeetingLogRow => {
    const timebox = step.skipped ? 0 : stepTimeboxSeconds(step);
    const actual = Math.floor((t.stepMs[index] ?? 0) / 1000);
    return {
      index,
      id: step.id,
      title: step.title,
      plannedSeconds: step.plannedSeconds,
      addedSeconds: step.addedSeconds,
      timeboxSeconds: timebox,
      actualSeconds: actual,
      deltaSeconds: actual - timebox,
      skipped: step.skipped,
      visits: replay.visits[index] ?? 0,
    };
  });
  const totalPlannedSeconds = agendaTotalSeconds(state.agenda);
  const totalActualSeconds = rows.reduce((sum, r) => sum + r.actualSeconds, 0);
  return {
    status: state.status,
    startedAtMs: replay.startedAt,
    endedAtMs: replay.endedAt,
    rows,
    totalPlannedSeconds,
    totalActualSeconds,
    totalDeltaSeconds: totalActualSeconds - totalPlannedSeconds,
    pausedSeconds: Math.floor(t.pausedMs / 1000),
    pauseCount: state.events.filter((e) => e.type === 'paused').length,
    wallSeconds: Math.floor(t.wallMs / 1000),
  };
}

/** The log as a Markdown table (for the Markdown export and as the PDF's source text). */
export function meetingLogMarkdown(log: MeetingLog): string {
  const run = log.rows.filter((r) => !r.skipped);
  const planned = run.reduce((sum, r) => sum + r.plannedSeconds, 0);
  const added = run.reduce((sum, r) => sum + r.addedSeconds, 0);
  const lines = [
    '| Step | Planned | Added | Actual | Difference |',
    '|---|---:|---:|---:|---:|',
    ...log.rows.map((r) =>
      r.skipped
        ? `| ${r.title} (skipped) | ${formatDuration(r.plannedSeconds)} | ${formatDuration(r.addedSeconds)} | ${formatDuration(r.actualSeconds)} | skipped |`
        : `| ${r.title} | ${formatDuration(r.plannedSeconds)} | ${formatDuration(r.addedSeconds)} | ${formatDuration(r.actualSeconds)} | ${formatDelta(r.deltaSeconds)} |`,
    ),
    `| **Total** | ${formatDuration(planned)} | ${formatDuration(added)} | ${formatDuration(log.totalActualSeconds)} | ${formatDelta(log.totalDeltaSeconds)} |`,
  ];
  if (log.pauseCount > 0) {
    lines.push(
      '',
      `Paused ${log.pauseCount} time(s), ${formatDuration(log.pausedSeconds)} in all.`,
    );
  }
  return lines.join('\n');
}
