import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend, type Backend } from '../../../main/backend';
import { repoResourcesDir } from '../../../main/resources-dir';
import type { ExportResult } from '../../../shared/contract/export';
import type { RecordedReview, ReviewOutcome, ReviewRecord } from '../../../shared/review';
import { testClock } from '../meeting/setup';
import { fullDocument } from '../postmortems/full-document';
import { storeDocument } from '../postmortems/store-document';
import { pdfPages } from './pdf-text';
import { action } from './review-folders';

let dataDir: string;
let backend: Backend;
let id: string;
const clock = testClock('2026-03-02T09:00:00.000Z');

async function value<T>(channel: string, input: unknown): Promise<T> {
  const outcome = await dispatch(backend.handlers, channel, input, () => {});
  if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
  return outcome.value as T;
}

/** A follow-up review of the postmortem on `today`, recording outcomes for some of its actions. */
async function review(today: string, outcomes: Record<string, ReviewOutcome>) {
  const created = await value<ReviewRecord>('reviews.create', {
    scope: 'postmortems',
    postmortemIds: [id],
    today,
  });
  for (const [actionId, outcome] of Object.entries(outcomes)) {
    await value('reviews.record', {
      reviewId: created.id,
      windowId: 'window-a',
      postmortemId: id,
      actionId,
      outcome,
      today,
    });
  }
  return created;
}

const exportTo = (format: 'md' | 'pdf', name: string) =>
  backend.exports.toFile(
    {
      exportId: `export-${name}`,
      postmortemId: id,
      format,
      choices: { anonymise: false, omit: [], paper: 'A4' },
    },
    path.join(dataDir, 'out', name),
  ) as Promise<ExportResult>;

beforeAll(async () => {
  // Its own folder for the whole file (tempDir's is removed after each test).
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-follow-up-'));
  backend = await createBackend({
    dataDir,
    now: clock.now,
    resourcesDir: repoResourcesDir(),
    log: () => {},
  });
  const stored = await storeDocument(value, {
    ...fullDocument(),
    title: 'Declines after v13',
    actions: [
      action('a1', 'detection', 'Alert on decline rate > 2x baseline.'),
      action('a2', 'prevention', 'Canary 5% for 24 h.'),
      action('a3', 'mitigation', 'A kill switch for the model.'),
    ],
    links: [],
  });
  id = stored.id;
  // The first review decides on a1 and a2; a3 is walked but the room does not decide on it.
  const first = await review('2026-03-02', {
    a1: {
      done: false,
      worked: 'unknown',
      note: 'Threshold still argued.',
      nextReviewDate: '2026-04-01',
    },
    a2: { done: true, worked: 'yes', note: '*x* <y>', nextReviewDate: null },
  });
  expect(first.items.map((i) => i.actionId)).toEqual(['a1', 'a2', 'a3']);
  clock.advance(30 * 24 * 3600);
  // A month later: a2 worked, so only a1 and a3 are walked; a3 again undecided.
  const second = await review('2026-04-01', {
    a1: { done: true, worked: 'no', note: 'It fired twice on noise', nextReviewDate: '2026-05-01' },
  });
  expect(second.items.map((i) => i.actionId)).toEqual(['a1', 'a3']);
}, 60_000);
afterAll(async () => {
  await backend?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('follow-up reviews in the exported report', () => {
  it('are read from the data folder per action, oldest first, without undecided walks', async () => {
    const history = await value<Record<string, RecordedReview[]>>('reviews.history', {
      postmortemId: id,
    });
    expect(Object.keys(history).sort()).toEqual(['a1', 'a2']);
    expect(history.a1?.map((r) => [r.recordedAt, r.done, r.worked, r.nextReviewDate])).toEqual([
      ['2026-03-02T09:00:00.000Z', false, 'unknown', '2026-04-01'],
      ['2026-04-01T09:00:00.000Z', true, 'no', '2026-05-01'],
    ]);
    expect(history.a2).toMatchObject([{ done: true, worked: 'yes', note: '*x* <y>' }]);
    await expect(value('reviews.history', { postmortemId: 'nope' })).rejects.toThrow(
      /reviews.history: .*nope/,
    );
  });

  it('prints each reviewed action with its outcomes under the actions table in the Markdown', async () => {
    const result = await exportTo('md', 'report.md');
    const markdown = fs.readFileSync(result.path, 'utf8');
    expect(markdown).toContain(
      '- **Follow-up reviews:** 2 of 3 actions reviewed in follow-up meetings; 1 worked.\n',
    );
    const lines = markdown.split('\n');
    const at = lines.indexOf('### 6.1 Follow-up reviews');
    expect(at).toBeGreaterThan(lines.indexOf('## 6. Corrective actions'));
    expect(lines.slice(at, at + 19)).toEqual([
      '### 6.1 Follow-up reviews',
      '',
      '2 of 3 actions reviewed in follow-up meetings; 1 worked.',
      '',
      '#### 6.1.1 Alert on decline rate > 2x baseline.',
      '',
      '**Detection; Priya; done now**',
      '',
      '- Reviewed 2026-03-02: not done; whether it works is not known yet. Note: Threshold still argued. Next review 2026-04-01.',
      '- Reviewed 2026-04-01: done; it did not work. Note: It fired twice on noise. Next review 2026-05-01.',
      '',
      '#### 6.1.2 Canary 5% for 24 h.',
      '',
      '**Prevention; Priya; done now**',
      '',
      '- Reviewed 2026-03-02: done; it worked. Note: \\*x\\* \\<y>.',
      '',
      '## 7. Lessons learned',
      '',
    ]);
    // a3 was walked twice but never decided on: no history of its own.
    expect(markdown).not.toMatch(/^#### .*kill switch/im);
  });

  it('prints the same lines in the PDF', async () => {
    const result = await exportTo('pdf', 'report.pdf');
    const text = pdfPages(result.path).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(
      'Follow-up reviews 2 of 3 actions reviewed in follow-up meetings; 1 worked.',
    );
    expect(text).toContain(
      '6.1.2 Canary 5% for 24 h. Prevention; Priya; done now Reviewed 2026-03-02: done; it worked. Note: *x* <y>.',
    );
    expect(text).toContain(
      'Reviewed 2026-04-01: done; it did not work. Note: It fired twice on noise. Next review 2026-05-01.',
    );
    expect(text).not.toMatch(/6\.1\.3/);
  }, 60_000);
});
