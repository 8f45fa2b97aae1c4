import { replayEvents } from './replay';
import {
  AGENDA_KINDS,
  agendaKindOf,
  MeetingStateBaseSchema,
  type AgendaKind,
  type MeetingState,
} from './types';

/** Ways a structurally valid state can still contradict itself; empty when sound. */
export function checkMeetingConsistency(
  state: MeetingState,
  kind: AgendaKind | null = null,
): string[] {
  const problems: string[] = [];
  // Either kind's steps, in its fixed order; the one its first step names when neither fits.
  const ids = state.agenda.map((s) => s.id);
  const found = agendaKindOf(ids);
  const wanted = kind ?? found ?? (ids[0]?.startsWith('review_') ? 'review' : 'postmortem');
  if (found !== wanted) {
    const expected = AGENDA_KINDS[wanted];
    if (ids.length !== expected.length) {
      problems.push(`agenda: a ${wanted} meeting has ${expected.length} steps, not ${ids.length}.`);
    }
    ids.forEach((id, i) => {
      if (i < expected.length && id !== expected[i]) {
        problems.push(
          `agenda.${i}.id: expected "${expected[i]}" (steps run in a fixed order), got "${id}".`,
        );
      }
    });
  }
  const replay = replayEvents(state.events, state.agenda.length);
  problems.push(...replay.problems.map((p) => `events: ${p}`));
  if (replay.status !== state.status) {
    problems.push(`status: "${state.status}" but the events say "${replay.status}".`);
  }
  if (state.events.length > 0 && replay.currentStepIndex !== state.currentStepIndex) {
    problems.push(
      `currentStepIndex: ${state.currentStepIndex} but the events say ${replay.currentStepIndex}.`,
    );
  }
  state.agenda.forEach((step, i) => {
    if (step.addedSeconds !== replay.addedSeconds[i]) {
      problems.push(
        `agenda.${i}.addedSeconds: ${step.addedSeconds} but its timeAdded events sum to ${replay.addedSeconds[i]}.`,
      );
    }
  });
  return problems;
}

/** The meeting state schema including the consistency checks; use it at every trust boundary. */
export const MeetingStateSchema = MeetingStateBaseSchema.superRefine((state, ctx) => {
  for (const message of checkMeetingConsistency(state)) ctx.addIssue({ code: 'custom', message });
});

const schemaOfKind = (kind: AgendaKind) =>
  MeetingStateBaseSchema.superRefine((state, ctx) => {
    for (const message of checkMeetingConsistency(state, kind)) {
      ctx.addIssue({ code: 'custom', message });
    }
  });
const KIND_SCHEMAS = { postmortem: schemaOfKind('postmortem'), review: schemaOfKind('review') };

export type ParseMeetingResult = { ok: true; state: MeetingState } | { ok: false; message: string };

/**
 * Validates a stored or received meeting state (already JSON-parsed). `source` names where it
 * came from (file, row) so that the message says what to fix.
 */
export function parseMeetingState(
  value: unknown,
  source = 'meeting state',
  kind: AgendaKind | null = null,
): ParseMeetingResult {
  const result = (kind ? KIND_SCHEMAS[kind] : MeetingStateSchema).safeParse(value);
  if (result.success) return { ok: true, state: result.data };
  const lines = result.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more =
    result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
  return { ok: false, message: `${source} is not a valid meeting: ${lines.join('; ')}${more}` };
}
