import { AppError } from '../../shared/contract/errors';
import type { ActionStatus } from '../../shared/domain';
import { parseMeetingState, type MeetingState } from '../../shared/meeting';
import type {
  ReviewOutcome,
  ReviewRecord,
  ReviewScope,
  ReviewScreen,
  ReviewSummary,
} from '../../shared/review';
import type { WriteDb } from '../db/handles';
import { eventColumns, eventFromRow, type EventRow } from '../meeting/meeting-store';
import { readItems } from './review-rows';

interface ReviewRow {
  id: string;
  title: string;
  scope: ReviewScope;
  status: string;
  current_step: number;
  revision: number;
  agenda_json: string;
  current_item: number;
  screen_page: number;
  page_count: number;
  created_at: string;
}

export interface NewReview {
  id: string;
  title: string;
  scope: ReviewScope;
  state: MeetingState;
  postmortemIds: string[];
  actions: { postmortemId: string; actionId: string; status: ActionStatus }[];
  stamp: string;
}

/** Reads and writes follow-up reviews: the review's meeting, attendees, postmortems and outcomes. */
export class ReviewStore {
  constructor(private readonly db: WriteDb) {}

  create(review: NewReview): void {
    this.db
      .prepare(
        `INSERT INTO reviews (id, title, scope, status, current_step, revision, agenda_json,
           created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        review.id,
        review.title,
        review.scope,
        review.state.status,
        review.state.currentStepIndex,
        review.state.revision,
        JSON.stringify(review.state.agenda),
        review.stamp,
        review.stamp,
      );
    const linkPostmortem = this.db.prepare(
      'INSERT INTO review_postmortems (review_id, postmortem_id, position) VALUES (?, ?, ?)',
    );
    review.postmortemIds.forEach((id, i) => linkPostmortem.run(review.id, id, i));
    const item = this.db.prepare(
      `INSERT INTO review_items (review_id, postmortem_id, action_id, position, status_before)
       VALUES (?, ?, ?, ?, ?)`,
    );
    review.actions.forEach((a, i) => item.run(review.id, a.postmortemId, a.actionId, i, a.status));
  }

  read(id: string): ReviewRecord {
    const row = this.db.prepare('SELECT * FROM reviews WHERE id = ?').get(id) as
      ReviewRow | undefined;
    if (!row) {
      throw new AppError(
        'not_found',
        `There is no follow-up review "${id}"; start one from the actions board.`,
      );
    }
    const events = (
      this.db
        .prepare(
          `SELECT seq, type, at, step_index, from_index, via, seconds
           FROM review_events WHERE review_id = ? ORDER BY seq`,
        )
        .all(id) as EventRow[]
    ).map(eventFromRow);
    let agenda: unknown = null;
    try {
      agenda = JSON.parse(row.agenda_json);
    } catch {
      // parseMeetingState names the problem.
    }
    const parsed = parseMeetingState(
      {
        status: row.status,
        agenda,
        events,
        currentStepIndex: row.current_step,
        revision: row.revision,
      },
      `The stored follow-up review "${id}" (tables reviews, review_events)`,
      'review',
    );
    if (!parsed.ok) throw new AppError('unavailable', parsed.message);
    const items = readItems(this.db, id);
    const screen: ReviewScreen = {
      item: Math.min(row.current_item, Math.max(0, items.length - 1)),
      page: row.screen_page,
      pageCount: row.page_count,
    };
    return {
      id,
      title: row.title,
      scope: row.scope,
      createdAt: row.created_at,
      postmortems: this.db
        .prepare(
          `SELECT p.id, p.title FROM review_postmortems r JOIN postmortems p ON p.id = r.postmortem_id
           WHERE r.review_id = ? ORDER BY r.position`,
        )
        .all(id) as { id: string; title: string }[],
      attendees: this.db
        .prepare('SELECT name FROM review_attendees WHERE review_id = ? ORDER BY position')
        .pluck()
        .all(id) as string[],
      state: parsed.state,
      screen,
      items,
    };
  }

  list(limit: number): ReviewSummary[] {
    return this.db
      .prepare(
        `SELECT r.id, r.title, r.created_at AS createdAt, r.status,
           (SELECT count(*) FROM review_items i WHERE i.review_id = r.id) AS itemCount,
           (SELECT count(*) FROM review_items i WHERE i.review_id = r.id
              AND i.recorded_at IS NOT NULL) AS recordedCount
         FROM reviews r ORDER BY r.created_at DESC, r.id LIMIT ?`,
      )
      .all(limit) as ReviewSummary[];
  }

  /** Stores `next` over `previous`; appends only the new events. Inside the caller's transaction. */
  writeState(id: string, previous: MeetingState, next: MeetingState, stamp: string): void {
    const update = this.db
      .prepare(
        `UPDATE reviews SET status = ?, current_step = ?, revision = ?, agenda_json = ?,
         updated_at = ? WHERE id = ? AND revision = ?`,
      )
      .run(
        next.status,
        next.currentStepIndex,
        next.revision,
        JSON.stringify(next.agenda),
        stamp,
        id,
        previous.revision,
      );
    if (update.changes !== 1) {
      throw new AppError(
        'conflict',
        'The review changed while this command was applied; try again.',
      );
    }
    const insert = this.db.prepare(
      `INSERT INTO review_events (review_id, seq, type, at, step_index, from_index, via, seconds)
       VALUES (@review_id, @seq, @type, @at, @step_index, @from_index, @via, @seconds)`,
    );
    next.events.slice(previous.events.length).forEach((event, k) => {
      insert.run({ review_id: id, seq: previous.events.length + k, ...eventColumns(event) });
    });
  }

  setAttendees(id: string, names: readonly string[], stamp: string): void {
    this.db.prepare('DELETE FROM review_attendees WHERE review_id = ?').run(id);
    const insert = this.db.prepare(
      'INSERT INTO review_attendees (review_id, position, name) VALUES (?, ?, ?)',
    );
    names.forEach((name, i) => insert.run(id, i, name));
    this.touch(id, stamp);
  }

  setScreen(id: string, screen: ReviewScreen, stamp: string): void {
    this.db
      .prepare(
        `UPDATE reviews SET current_item = ?, screen_page = ?, page_count = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(screen.item, screen.page, screen.pageCount, stamp, id);
  }

  writeOutcome(
    id: string,
    postmortemId: string,
    actionId: string,
    outcome: ReviewOutcome,
    stamp: string,
  ): void {
    const result = this.db
      .prepare(
        `UPDATE review_items SET done = ?, worked = ?, note = ?, next_review_date = ?,
           recorded_at = ? WHERE review_id = ? AND postmortem_id = ? AND action_id = ?`,
      )
      .run(
        outcome.done ? 1 : 0,
        outcome.worked,
        outcome.note,
        outcome.nextReviewDate,
        stamp,
        id,
        postmortemId,
        actionId,
      );
    if (result.changes !== 1) {
      throw new AppError(
        'not_found',
        `This review does not walk action "${actionId}" of postmortem "${postmortemId}" (it may have been deleted).`,
      );
    }
    this.touch(id, stamp);
  }

  private touch(id: string, stamp: string): void {
    this.db.prepare('UPDATE reviews SET updated_at = ? WHERE id = ?').run(stamp, id);
  }
}
