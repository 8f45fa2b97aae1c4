import { diffDocs } from '../../../shared/doc/diff';
import type { Op } from '../../../shared/doc/ops';
import type { Postmortem, PostmortemContent } from '../../../shared/domain';

/**
 * Before edits were operations, the editor kept unsaved edits as a whole document in localStorage
 * ('pm-draft:<id>:<revision>'). A draft left by that version for the revision now stored becomes
 * operations once, so an update of the app in the middle of typing loses nothing; others are
 * stale (the old editor ignored them too) and are removed.
 */
const PREFIX = 'pm-draft:';

interface LegacyDraft {
  title?: unknown;
  status?: unknown;
  summary?: Record<string, unknown>;
  purpose?: Record<string, unknown>;
  diagnosis?: { question?: unknown; status?: unknown; findings?: unknown }[];
  lessons?: { prompt?: unknown; answer?: unknown }[];
  notes?: unknown;
  [list: string]: unknown;
}

export function takeLegacyDraft(postmortemId: string, stored: Postmortem): Op[] {
  let raw: string | null = null;
  try {
    const storage = window.localStorage;
    const prefix = `${PREFIX}${postmortemId}:`;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    raw = storage.getItem(`${prefix}${stored.revision}`);
    for (const key of keys) storage.removeItem(key);
  } catch {
    return [];
  }
  if (raw === null) return [];
  try {
    return diffDocs(stored, fromLegacy(stored, JSON.parse(raw) as LegacyDraft));
  } catch {
    return [];
  }
}

/** The stored document with the draft's edits laid over it, in today's shape. */
function fromLegacy(stored: Postmortem, draft: LegacyDraft): PostmortemContent {
  const list = <T extends { id: string }>(
    key: string,
    current: readonly T[],
    fill: Partial<T> = {},
  ): T[] =>
    Array.isArray(draft[key])
      ? (draft[key] as T[]).map((item) => ({
          ...fill,
          ...current.find((c) => c.id === item.id),
          ...item,
        }))
      : [...current];
  const notes = typeof draft.notes === 'string' ? draft.notes.trim() : '';
  const known = stored.notes.map((n) => n.text).join('\n\n');
  return {
    ...stored,
    title: typeof draft.title === 'string' ? draft.title : stored.title,
    status: (draft.status as Postmortem['status'] | undefined) ?? stored.status,
    summary: { ...stored.summary, ...(draft.summary as Partial<Postmortem['summary']>) },
    purpose: {
      ...stored.purpose,
      ...(typeof draft.purpose?.objective === 'string'
        ? { objective: draft.purpose.objective }
        : {}),
      kpis: Array.isArray(draft.purpose?.kpis)
        ? (draft.purpose.kpis as Postmortem['purpose']['kpis'])
        : stored.purpose.kpis,
      acceptedRisks: Array.isArray(draft.purpose?.acceptedRisks)
        ? (draft.purpose.acceptedRisks as Postmortem['purpose']['acceptedRisks'])
        : stored.purpose.acceptedRisks,
    },
    diagnosis: stored.diagnosis.map((answer) => {
      const old = draft.diagnosis?.find((a) => a.question === answer.question);
      return old
        ? {
            ...answer,
            status: old.status as typeof answer.status,
            findings: String(old.findings ?? ''),
          }
        : answer;
    }),
    lessons: stored.lessons.map((lesson) => {
      const old = draft.lessons?.find((l) => l.prompt === lesson.prompt);
      return old ? { ...lesson, answer: String(old.answer ?? '') } : lesson;
    }),
    rootCauses: list('rootCauses', stored.rootCauses, { hint: '' }),
    actions: list('actions', stored.actions, { hint: '' }),
    workedWell: list('workedWell', stored.workedWell),
    timeline: list('timeline', stored.timeline),
    participants: list('participants', stored.participants),
    parkingLot: list('parkingLot', stored.parkingLot),
    notes:
      notes !== '' && notes !== known
        ? [
            ...stored.notes,
            { id: crypto.randomUUID(), text: notes, step: '', createdAt: new Date().toISOString() },
          ]
        : stored.notes,
  };
}
