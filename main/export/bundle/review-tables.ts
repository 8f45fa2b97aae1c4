import type Database from 'better-sqlite3';
import type { BundlePart } from './format';

/**
 * A postmortem's follow-up review history in the portable file. `reviews` has no postmortem
 * column (one review may walk actions of several postmortems), so the schema's foreign keys never
 * reach it from `postmortems`; its tables are named here instead, with what belongs to one
 * postmortem: every review that walked one of its actions or lists it, with the review's
 * attendees and events, but only this postmortem's review_postmortems row and review_items.
 *
 * A review that also covered other postmortems therefore arrives as a part of itself: its title
 * ("Follow-up of 3 postmortems…"), agenda, clock and attendees as they were, the imported
 * postmortem as the only one it lists, and only that postmortem's actions with their outcomes. The
 * other postmortems' rows are theirs to carry: this file holds nothing of them.
 *
 * A review that was running or paused arrives as it was. Ending it here would need an `ended` event
 * at an instant that never happened (the stored status must agree with the event log); as it is,
 * the list says "running", and whoever opens it on this computer can end it, a real event.
 */
const REVIEWS_OF_POSTMORTEM = `SELECT review_id FROM review_items WHERE postmortem_id = :postmortem
  UNION SELECT review_id FROM review_postmortems WHERE postmortem_id = :postmortem`;

// Parents before children, as the import inserts them.
const REVIEW_PARTS: readonly BundlePart[] = [
  { table: 'reviews', select: `SELECT * FROM reviews WHERE id IN (${REVIEWS_OF_POSTMORTEM})` },
  ...['review_events', 'review_attendees'].map((table) => ({
    table,
    select: `SELECT * FROM ${table} WHERE review_id IN (${REVIEWS_OF_POSTMORTEM})`,
  })),
  ...['review_postmortems', 'review_items'].map((table) => ({
    table,
    select: `SELECT * FROM ${table} WHERE postmortem_id = :postmortem`,
  })),
];

/** The review tables of this database that are not already a postmortem table. */
export function reviewParts(db: Database.Database, taken: ReadonlySet<string>): BundlePart[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  return REVIEW_PARTS.filter((p) => !taken.has(p.table) && exists.get(p.table) !== undefined);
}

/**
 * Why a file's review rows cannot be this postmortem's, or null. Ids of postmortems are rewritten
 * only when the file holds them, so a review row naming another postmortem would attach the
 * imported review to one already in this data folder: refused rather than trusted.
 */
export function foreignReviewRows(
  bundle: Database.Database,
  present: ReadonlySet<string>,
  postmortemId: string,
): string | null {
  for (const table of ['review_postmortems', 'review_items']) {
    if (!present.has(table)) continue;
    const other = bundle
      .prepare(`SELECT 1 FROM ${table} WHERE postmortem_id IS NOT ? LIMIT 1`)
      .get(postmortemId);
    if (other) return `its ${table} name a postmortem it does not hold`;
  }
  if (present.has('reviews')) {
    const has = (table: string) =>
      present.has(table) ? `SELECT review_id FROM ${table}` : 'SELECT NULL WHERE 0';
    const lone = bundle
      .prepare(
        `SELECT id FROM reviews WHERE id NOT IN (${has('review_postmortems')} UNION ${has('review_items')}) LIMIT 1`,
      )
      .pluck()
      .get() as string | undefined;
    if (lone !== undefined) return `its follow-up review "${lone}" covers none of its postmortem`;
  }
  return null;
}
