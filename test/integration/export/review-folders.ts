import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend, type Backend } from '../../../main/backend';
import { repoResourcesDir } from '../../../main/resources-dir';
import type { ExportResult } from '../../../shared/contract/export';
import type { PostmortemContent } from '../../../shared/domain';
import type { RecordedReview, ReviewOutcome, ReviewRecord } from '../../../shared/review';
import type { Clock } from '../meeting/setup';

type Action = PostmortemContent['actions'][number];

export const action = (id: string, area: Action['area'], description: string): Action => ({
  id,
  area,
  description,
  owner: 'Priya',
  dueDate: '2026-02-20',
  status: 'open',
  reviewDate: null,
  hint: '',
});

/** A data folder's back end, called through the contract as a window calls it. */
export async function openFolder(dataDir: string, clock: Clock) {
  const backend: Backend = await createBackend({
    dataDir,
    now: clock.now,
    resourcesDir: repoResourcesDir(),
    log: () => {},
  });
  const value = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const outcome = await dispatch(backend.handlers, channel, input, () => {});
    if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
    return outcome.value as T;
  };
  const review = (reviewId: string) => value<ReviewRecord>('reviews.get', { reviewId });
  return {
    dataDir,
    backend,
    value,
    review,
    history: (postmortemId: string) =>
      value<Record<string, RecordedReview[]>>('reviews.history', { postmortemId }),
    /** A facilitator command against the revision stored now. */
    command: async (reviewId: string, type: 'start' | 'end') =>
      value('reviews.command', {
        reviewId,
        command: { type, expectedRevision: (await review(reviewId)).state.revision },
      }),
    record: (reviewId: string, postmortemId: string, actionId: string, outcome: ReviewOutcome) =>
      value('reviews.record', {
        reviewId,
        windowId: 'window-a',
        postmortemId,
        actionId,
        outcome,
        today: clock.now().toISOString().slice(0, 10),
      }),
    importBundle: async (filePath: string) =>
      (await value<{ postmortemId: string }>('export.importBundle', { filePath })).postmortemId,
    exportTo: (postmortemId: string, format: 'md' | 'bundle', out: string) =>
      backend.exports.toFile(
        {
          exportId: `export-${path.basename(out)}`,
          postmortemId,
          format,
          choices: { anonymise: false, omit: [], paper: 'A4' },
        },
        out,
      ) as Promise<ExportResult>,
  };
}

export type Folder = Awaited<ReturnType<typeof openFolder>>;

/** The rows of the data folder whose foreign key points nowhere (none, after every import). */
export function orphans(dataDir: string): unknown[] {
  const db = new Database(path.join(dataDir, 'documents.sqlite'), { readonly: true });
  try {
    return db.pragma('foreign_key_check') as unknown[];
  } finally {
    db.close();
  }
}

/** The report's follow-up section in Markdown, from its heading to the next section. */
export async function followUpSection(folder: Folder, postmortemId: string): Promise<string[]> {
  const out = path.join(folder.dataDir, 'out', `${postmortemId}.md`);
  const markdown = fs.readFileSync((await folder.exportTo(postmortemId, 'md', out)).path, 'utf8');
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => / Follow-up reviews$/.test(l) && l.startsWith('###'));
  if (at < 0) return [];
  const end = lines.findIndex((l, i) => i > at && l.startsWith('## '));
  return lines.slice(at, end);
}

/** An outcome without the review it was recorded in (ids differ after import). */
export const withoutReview = (history: Record<string, RecordedReview[]>) =>
  Object.fromEntries(
    Object.entries(history).map(([a, list]) => [a, list.map(({ reviewId: _r, ...o }) => o)]),
  );
