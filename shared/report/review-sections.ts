import { actionArea, actionStatus } from '../domain';
import { reviewDay, type RecordedReview } from '../review';
import type { SectionContext } from './section-context';
import type { ReportSource } from './source';
import type { Block } from './types';

type Action = ReportSource['actions'][number];

const WORKED: Record<RecordedReview['worked'], string> = {
  yes: 'it worked',
  no: 'it did not work',
  unknown: 'whether it works is not known yet',
};

/**
 * One recorded outcome in plain words: "Reviewed 2026-03-02: done; it worked. Note: …. Next
 * review 2026-04-01." The day is the one in the postmortem's time zone, like every date the
 * report prints.
 */
export function reviewLine(
  review: RecordedReview,
  t: (text: string) => string,
  timeZone: string,
): string {
  const parts = [
    `Reviewed ${reviewDay(review.recordedAt, timeZone)}: ${review.done ? 'done' : 'not done'}; ${WORKED[review.worked]}.`,
  ];
  const note = t(review.note).trim();
  if (note) parts.push(`Note: ${note}${/[.!?…]$/.test(note) ? '' : '.'}`);
  if (review.nextReviewDate) parts.push(`Next review ${review.nextReviewDate}.`);
  return parts.join(' ');
}

export interface FollowUpCount {
  reviewed: number;
  total: number;
  /** Actions whose last recorded review says they worked. */
  worked: number;
}

/** How many actions were reviewed, and how many worked by their last review; null if none was. */
export function followUpCount(src: Pick<ReportSource, 'actions'>): FollowUpCount | null {
  const reviewed = src.actions.filter((a) => a.reviews.length > 0);
  if (reviewed.length === 0) return null;
  return {
    reviewed: reviewed.length,
    total: src.actions.length,
    worked: reviewed.filter((a) => a.reviews[a.reviews.length - 1]?.worked === 'yes').length,
  };
}

/** "2 of 3 actions reviewed in follow-up meetings; 1 worked." */
export function followUpCountText(count: FollowUpCount): string {
  const actions = count.total === 1 ? 'action' : 'actions';
  return `${count.reviewed} of ${count.total} ${actions} reviewed in follow-up meetings; ${count.worked} worked.`;
}

/** A heading for an action: its first line, cut at a word. */
function actionTitle(description: string): string {
  const first = description.split(/\r\n|\r|\n/).find((l) => l.trim()) ?? '';
  const line = first.trim();
  if (!line) return 'An action without a description';
  if (line.length <= 100) return line;
  const cut = line.slice(0, 100);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 60 ? space : 100)}…`;
}

function actionTag(a: Action, owner: string): string {
  const who = a.owner.trim() ? owner : 'no owner yet';
  return `${actionArea.labels[a.area]}; ${who}; ${actionStatus.labels[a.status].toLowerCase()} now`;
}

/**
 * The follow-up history under the actions table: the count, then each reviewed action with its
 * recorded outcomes, oldest first. Nothing at all when no action was reviewed.
 */
export function followUpBlocks(
  c: SectionContext,
  ownerText: (owner: string, c: SectionContext) => string,
): Block[] {
  const count = followUpCount(c.src);
  if (!count) return [];
  return [
    {
      kind: 'subsection',
      anchor: 'follow-up-reviews',
      title: 'Follow-up reviews',
      tag: null,
      blocks: [
        { kind: 'text', text: followUpCountText(count) },
        ...c.src.actions
          .filter((a) => a.reviews.length > 0)
          .map((a): Block => ({
            kind: 'subsection',
            anchor: `follow-up-${a.id}`.toLowerCase().replace(/[^a-z0-9_-]+/g, '-'),
            title: actionTitle(c.t(a.description)),
            tag: actionTag(a, ownerText(a.owner, c)),
            blocks: [
              {
                kind: 'list',
                items: a.reviews.map((r) => reviewLine(r, c.t, c.src.summary.timeZone)),
              },
            ],
          })),
      ],
    },
  ];
}
