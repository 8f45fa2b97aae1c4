import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import type {
  RecordOutcomeReply,
  ReviewCommandOutcome,
  ReviewScreenCommand,
} from '../../shared/contract/reviews';
import { applyMeetingCommand, createMeeting, type MeetingCommand } from '../../shared/meeting';
import {
  opsForOutcome,
  outcomeProblems,
  reviewAgenda,
  type LastReview,
  type RecordedReview,
  type ReviewOutcome,
  type CreatedReview,
  type ReviewRecord,
  type ReviewScope,
  type ReviewSummary,
} from '../../shared/review';
import type { EventBus } from '../api/event-bus';
import type { WriteDb } from '../db/handles';
import type { OperationService } from '../postmortems/ops/operation-service';
import { lastReviews, reviewHistory } from './review-rows';
import { actionsToReview, postmortemsOf } from './review-selection';
import { ReviewStore } from './review-store';
import { meetingRefusal } from '../meeting/meeting-errors';

export interface ReviewServiceDeps {
  db: () => WriteDb;
  operations: () => OperationService;
  events: EventBus;
  /** Epoch ms: the back end's clock stamps every instant. */
  now: () => number;
  newId?: () => string;
}

export interface CreateReview {
  scope: ReviewScope;
  postmortemIds: string[];
  today: string;
}

/**
 * Follow-up reviews: a short meeting (the postmortem meeting's reducer and clock, with the review
 * agenda) that walks open actions and records for each whether it is done and whether it worked.
 * The action itself changes through the operation service, as the window's own operation.
 */
export class ReviewService {
  private readonly newId: () => string;
  private stores = new WeakMap<WriteDb, ReviewStore>();

  constructor(private readonly deps: ReviewServiceDeps) {
    this.newId = deps.newId ?? randomUUID;
  }

  create(input: CreateReview): CreatedReview {
    const nowMs = this.deps.now();
    const review = this.transaction(() => {
      const db = this.deps.db();
      const live = db.prepare('SELECT 1 FROM postmortems WHERE id = ? AND deleted_at IS NULL');
      const missing = input.postmortemIds.find((pid) => live.get(pid) === undefined);
      if (missing !== undefined) {
        throw new AppError(
          'not_found',
          `There is no postmortem "${missing}" (or it is in the bin); choose another to review.`,
        );
      }
      const { actions, leftOut } = actionsToReview(
        db,
        input.scope,
        input.postmortemIds,
        input.today,
      );
      if (actions.length === 0) {
        throw new AppError(
          'refused',
          input.scope === 'overdue'
            ? `No action is overdue on ${input.today}: there is nothing to review.`
            : 'These postmortems have no open actions, and every finished one is known to work or not: there is nothing to review.',
        );
      }
      const postmortemIds =
        input.scope === 'overdue'
          ? postmortemsOf(actions)
          : input.postmortemIds.filter((id, i, all) => all.indexOf(id) === i);
      const id = this.newId();
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      this.store().create({
        id,
        title:
          input.scope === 'overdue'
            ? `Overdue actions on ${input.today}`
            : `Follow-up of ${plural(postmortemIds.length, 'postmortem')} on ${input.today}`,
        scope: input.scope,
        state: createMeeting({ agenda: reviewAgenda(actions.length) }),
        postmortemIds,
        actions,
        stamp: this.stamp(nowMs),
      });
      return { ...this.store().read(id), leftOut };
    });
    this.announce(review.id);
    return review;
  }

  get(id: string): ReviewRecord {
    return this.store().read(id);
  }

  list(): ReviewSummary[] {
    return this.store().list(50);
  }

  command(id: string, command: MeetingCommand): ReviewCommandOutcome {
    const nowMs = this.deps.now();
    const outcome = this.transaction(() => {
      const before = this.store().read(id);
      const result = applyMeetingCommand(before.state, command, nowMs);
      if (!result.ok) throw meetingRefusal(result.error);
      if (!result.changed) return { review: before, changed: false, note: result.note ?? null };
      this.store().writeState(id, before.state, result.state, this.stamp(nowMs));
      // Another step starts on its first page; the presenter reports how many it takes.
      if (result.state.currentStepIndex !== before.state.currentStepIndex) {
        this.store().setScreen(id, { ...before.screen, page: 0, pageCount: 1 }, this.stamp(nowMs));
      }
      return {
        review: this.store().read(id),
        changed: true,
        note: result.note ?? null,
      };
    });
    if (outcome.changed) this.announce(id);
    return outcome;
  }

  setAttendees(id: string, names: readonly string[]): ReviewRecord {
    const unique = names.filter((n, i) => names.indexOf(n) === i);
    const review = this.transaction(() => {
      this.store().read(id);
      this.store().setAttendees(id, unique, this.stamp(this.deps.now()));
      return this.store().read(id);
    });
    this.announce(id);
    return review;
  }

  /** Moves the shared screen to an action or a page, or stores the presenter's page count. */
  screen(id: string, command: ReviewScreenCommand): ReviewRecord {
    const result = this.transaction(() => {
      const before = this.store().read(id);
      const screen = { ...before.screen };
      if (command.type === 'item') {
        if (command.item >= before.items.length) {
          throw new AppError(
            'invalid_input',
            `Action ${command.item + 1} does not exist: this review walks ${before.items.length}.`,
          );
        }
        // Another action starts on its first page; its page count comes from the presenter.
        if (command.item !== screen.item)
          Object.assign(screen, { item: command.item, page: 0, pageCount: 1 });
      } else if (command.type === 'page') {
        screen.page = Math.min(command.page, screen.pageCount - 1);
      } else {
        screen.pageCount = command.pageCount;
        screen.page = Math.min(screen.page, command.pageCount - 1);
      }
      const changed = JSON.stringify(screen) !== JSON.stringify(before.screen);
      if (changed) this.store().setScreen(id, screen, this.stamp(this.deps.now()));
      return { review: changed ? { ...before, screen } : before, changed };
    });
    if (result.changed) this.announce(id);
    return result.review;
  }

  /**
   * Records the outcome, then carries it into the action as one operation batch of the window
   * (closed, reopened, next review date), so its postmortem, the board and undo see it.
   */
  record(
    id: string,
    input: {
      windowId: string;
      postmortemId: string;
      actionId: string;
      outcome: ReviewOutcome;
      today: string;
    },
  ): RecordOutcomeReply {
    const problems = outcomeProblems(input.outcome, input.today);
    if (problems.length > 0) throw new AppError('invalid_input', problems.join(' '));
    const nowMs = this.deps.now();
    const item = this.transaction(() => {
      this.store().writeOutcome(
        id,
        input.postmortemId,
        input.actionId,
        input.outcome,
        this.stamp(nowMs),
      );
      return this.store()
        .read(id)
        .items.find((i) => i.postmortemId === input.postmortemId && i.actionId === input.actionId)!;
    });
    const ops = opsForOutcome(item, input.outcome);
    const reply =
      ops.length > 0
        ? this.deps
            .operations()
            .apply(input.postmortemId, input.windowId, `review-${id}-${this.newId()}`, ops)
        : { batch: null, skipped: [] };
    this.announce(id);
    return { review: this.store().read(id), batch: reply.batch, skipped: reply.skipped };
  }

  lastOutcomes(postmortemId: string): Record<string, LastReview> {
    return lastReviews(this.deps.db(), postmortemId);
  }

  /** Every recorded outcome of each of a postmortem's actions, oldest first (for the report). */
  history(postmortemId: string): Record<string, RecordedReview[]> {
    return reviewHistory(this.deps.db(), postmortemId);
  }

  private announce(id: string): void {
    this.deps.events.emit('review.changed', { id });
  }

  private stamp(nowMs: number): string {
    return new Date(nowMs).toISOString();
  }

  private store(): ReviewStore {
    const db = this.deps.db();
    let store = this.stores.get(db);
    if (!store) {
      store = new ReviewStore(db);
      this.stores.set(db, store);
    }
    return store;
  }

  private transaction<T>(work: () => T): T {
    return this.deps.db().transaction(work).immediate();
  }
}
