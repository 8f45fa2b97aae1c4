import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/contract';
import type {
  CaptureResult,
  MeetingCommandOutcome,
  MeetingRecord,
  MeetingReport,
} from '../../shared/contract/meeting';
import {
  applyMeetingCommand,
  applyScreenCommand,
  meetingLog,
  meetingLogMarkdown,
  screenOf,
  type MeetingCommand,
  type ScreenCommand,
} from '../../shared/meeting';
import type { EventBus } from '../api/event-bus';
import type { WriteDb } from '../db/handles';
import type { OperationService } from '../postmortems/ops/operation-service';
import type { PostmortemRepository } from '../postmortems/repository';
import { captureOp, type ParsedCapture } from './capture';
import { meetingRefusal } from './meeting-errors';
import { MeetingStore } from './meeting-store';

export interface MeetingServiceDeps {
  db: () => WriteDb;
  postmortems: () => PostmortemRepository;
  operations: () => OperationService;
  events: EventBus;
  /** Epoch ms. The back end stamps every instant with its own clock; tests move it. */
  now: () => number;
  newId?: () => string;
}

/**
 * The meeting of each postmortem, owned by the back end: commands are applied with the back end's
 * clock inside one transaction, stored, and pushed to every window as meeting.changed.
 */
export class MeetingService {
  private readonly newId: () => string;
  private stores = new WeakMap<WriteDb, MeetingStore>();

  constructor(private readonly deps: MeetingServiceDeps) {
    this.newId = deps.newId ?? randomUUID;
  }

  get(postmortemId: string): MeetingRecord {
    this.deps.postmortems().get(postmortemId);
    return this.store().read(postmortemId);
  }

  command(postmortemId: string, command: MeetingCommand): MeetingCommandOutcome {
    const nowMs = this.deps.now();
    const outcome = this.transaction(() => {
      const before = this.get(postmortemId);
      const result = applyMeetingCommand(before.state, command, nowMs);
      if (!result.ok) throw meetingRefusal(result.error);
      if (!result.changed) {
        return { meeting: before, changed: false, note: result.note ?? null };
      }
      this.store().writeState(postmortemId, before.state, result.state, this.stamp(nowMs));
      return {
        meeting: { ...before, state: result.state },
        changed: true,
        note: result.note ?? null,
      };
    });
    if (outcome.changed) this.announce(outcome.meeting);
    return outcome;
  }

  setAttendance(postmortemId: string, participantId: string, present: boolean): MeetingRecord {
    const nowMs = this.deps.now();
    const meeting = this.transaction(() => {
      const postmortem = this.deps.postmortems().get(postmortemId);
      const before = this.store().read(postmortemId);
      if (present) {
        const participant = postmortem.participants.find((p) => p.id === participantId);
        if (!participant) {
          throw new AppError(
            'not_found',
            `"${postmortem.title}" has no participant with id "${participantId}"; add them to the participants first.`,
          );
        }
        this.store().markPresent(postmortemId, before.state, {
          participantId,
          name: participant.name,
          team: participant.team,
          role: participant.role,
          markedAt: this.stamp(nowMs),
        });
      } else {
        this.store().markAbsent(postmortemId, participantId);
      }
      return this.store().read(postmortemId);
    });
    this.announce(meeting);
    return meeting;
  }

  setFollowUp(postmortemId: string, date: string | null): MeetingRecord {
    const nowMs = this.deps.now();
    const meeting = this.transaction(() => {
      const before = this.get(postmortemId);
      this.store().setFollowUp(postmortemId, before.state, date, this.stamp(nowMs));
      return this.store().read(postmortemId);
    });
    this.announce(meeting);
    return meeting;
  }

  /**
   * Changes what the shared screen shows in one step (or records the presenter's layout of it).
   * Not a meeting command: it leaves the meeting's revision and log alone, so a page turn never
   * makes a window's "next step" stale.
   */
  screen(postmortemId: string, command: ScreenCommand): MeetingRecord {
    const nowMs = this.deps.now();
    const outcome = this.transaction(() => {
      const before = this.get(postmortemId);
      const next = applyScreenCommand(screenOf(before.screens, command.stepId), command);
      if (!next) return { meeting: before, changed: false };
      this.store().screens.write(postmortemId, command.stepId, next, this.stamp(nowMs));
      return { meeting: this.store().read(postmortemId), changed: true };
    });
    if (outcome.changed) this.announce(outcome.meeting);
    return outcome.meeting;
  }

  /**
   * Writes the item into the document as one operation of the capturing window (its reply carries
   * the batch; the operation service tells every other window).
   */
  capture(item: ParsedCapture): CaptureResult {
    const nowMs = this.deps.now();
    const { postmortemId, windowId } = item;
    const stored = this.deps.postmortems().get(postmortemId);
    const { state } = this.store().read(postmortemId);
    const running = state.status === 'running' || state.status === 'paused';
    const { op, itemId } = captureOp(stored, item, {
      nowMs,
      newId: this.newId,
      stepTitle: running ? (state.agenda[state.currentStepIndex]?.title ?? null) : null,
    });
    const reply = this.deps.operations().apply(postmortemId, windowId, `capture-${itemId}`, [op]);
    if (!reply.batch) {
      throw new AppError(
        'refused',
        `Not captured: ${reply.skipped[0]?.message ?? 'it no longer fits.'}`,
      );
    }
    return { postmortemId, kind: item.kind, itemId, batch: reply.batch };
  }

  log(postmortemId: string): MeetingReport {
    const atMs = this.deps.now();
    const meeting = this.get(postmortemId);
    const log = meetingLog(meeting.state, atMs);
    return {
      atMs,
      log,
      markdown: meetingLogMarkdown(log),
      attendance: meeting.attendance,
      followUpDate: meeting.followUpDate,
    };
  }

  private announce(meeting: MeetingRecord): void {
    this.deps.events.emit('meeting.changed', meeting);
  }

  private stamp(nowMs: number): string {
    return new Date(nowMs).toISOString();
  }

  private store(): MeetingStore {
    const db = this.deps.db();
    let store = this.stores.get(db);
    if (!store) {
      store = new MeetingStore(db);
      this.stores.set(db, store);
    }
    return store;
  }

  private transaction<T>(work: () => T): T {
    return this.deps.db().transaction(work).immediate();
  }
}
