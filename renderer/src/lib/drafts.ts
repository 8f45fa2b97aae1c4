import type { PostmortemContent } from '../../../shared/domain';

/**
 * Unsaved edits kept in localStorage, keyed by postmortem id and the stored revision they build on,
 * so a reload or a crash between a keystroke and the save loses nothing. Written synchronously.
 */
const PREFIX = 'pm-draft:';

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export function draftKey(id: string, baseRevision: number): string {
  return `${PREFIX}${id}:${baseRevision}`;
}

export function writeDraft(
  storage: DraftStorage,
  id: string,
  baseRevision: number,
  content: PostmortemContent,
): void {
  try {
    storage.setItem(draftKey(id, baseRevision), JSON.stringify(content));
  } catch {
    // Storage full or disabled: the autosave still runs; only the crash safety net is missing.
  }
}

export function readDraft(
  storage: DraftStorage,
  id: string,
  baseRevision: number,
): PostmortemContent | null {
  const raw = storage.getItem(draftKey(id, baseRevision));
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return looksLikeContent(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Removes this postmortem's drafts, except the one for `keepRevision` if given. */
export function clearDrafts(storage: DraftStorage, id: string, keepRevision?: number): void {
  const keep = keepRevision === undefined ? null : draftKey(id, keepRevision);
  const prefix = `${PREFIX}${id}:`;
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(prefix) && key !== keep) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
}

// A draft written by an older build could lack parts the editor relies on; such a draft is ignored.
function looksLikeContent(value: unknown): value is PostmortemContent {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Record<string, unknown>;
  return (
    typeof doc.title === 'string' &&
    typeof doc.summary === 'object' &&
    doc.summary !== null &&
    typeof doc.purpose === 'object' &&
    doc.purpose !== null &&
    [
      'diagnosis',
      'rootCauses',
      'workedWell',
      'actions',
      'lessons',
      'timeline',
      'participants',
    ].every((key) => Array.isArray(doc[key]))
  );
}
