import { AppError } from '../../shared/contract';
import type { Attendee, MeetingRecord } from '../../shared/contract/meeting';
import {
  createMeeting,
  parseMeetingState,
  type MeetingEvent,
  type MeetingState,
} from '../../shared/meeting';
import type { ReadDb, WriteDb } from '../db/handles';
import { ScreenStore } from './screen-store';

interface MeetingRow {
  status: string;
  current_step: number;
  revision: number;
  agenda_json: string;
  follow_up_date: string | null;
}

export interface EventRow {
  seq: number;
  type: string;
  at: number;
  step_index: number | null;
  from_index: number | null;
  via: string | null;
  seconds: number | null;
}

interface AttendeeRow {
  participant_id: string;
  name: string;
  team: string;
  role: string;
  marked_at: string;
}

// Columns a type does not use are NULL; the core's schema checks the rebuilt event.
export function eventFromRow(row: EventRow): Record<string, unknown> {
  const event: Record<string, unknown> = { type: row.type, at: row.at };
  if (row.step_index !== null) event.stepIndex = row.step_index;
  if (row.from_index !== null) event.from = row.from_index;
  if (row.via !== null) event.via = row.via;
  if (row.seconds !== null) event.seconds = row.seconds;
  return event;
}

export function eventColumns(event: MeetingEvent) {
  return {
    type: event.type,
    at: event.at,
    step_index: 'stepIndex' in event ? event.stepIndex : null,
    from_index: 'from' in event ? event.from : null,
    via: 'via' in event ? event.via : null,
    seconds: 'seconds' in event ? event.seconds : null,
  };
}

/** Reads and writes one postmortem's meeting: the row, its append-only events and attendance. */
export class MeetingStore {
  readonly screens: ScreenStore;

  constructor(private readonly db: WriteDb) {
    this.screens = new ScreenStore(db);
  }

  /** The stored meeting, or a planned one with the default agenda (not stored until changed). */
  read(postmortemId: string): MeetingRecord {
    return this.readFrom(this.db, postmortemId);
  }

  private readFrom(db: ReadDb, postmortemId: string): MeetingRecord {
    const row = db
      .prepare(
        `SELECT status, current_step, revision, agenda_json, follow_up_date
         FROM meetings WHERE postmortem_id = ?`,
      )
      .get(postmortemId) as MeetingRow | undefined;
    const screens = this.screens.read(postmortemId, db);
    if (!row) {
      return { postmortemId, state: createMeeting(), attendance: [], followUpDate: null, screens };
    }
    const events = (
      db
        .prepare(
          `SELECT seq, type, at, step_index, from_index, via, seconds
           FROM meeting_events WHERE postmortem_id = ? ORDER BY seq`,
        )
        .all(postmortemId) as EventRow[]
    ).map(eventFromRow);
    let agenda: unknown;
    try {
      agenda = JSON.parse(row.agenda_json);
    } catch {
      agenda = null;
    }
    const parsed = parseMeetingState(
      {
        status: row.status,
        agenda,
        events,
        currentStepIndex: row.current_step,
        revision: row.revision,
      },
      `The stored meeting of postmortem "${postmortemId}" (tables meetings, meeting_events)`,
      'postmortem',
    );
    if (!parsed.ok) throw new AppError('unavailable', parsed.message);
    const attendance = (
      db
        .prepare(
          `SELECT participant_id, name, team, role, marked_at FROM meeting_attendance
           WHERE postmortem_id = ? ORDER BY marked_at, participant_id`,
        )
        .all(postmortemId) as AttendeeRow[]
    ).map((a): Attendee => ({
      participantId: a.participant_id,
      name: a.name,
      team: a.team,
      role: a.role as Attendee['role'],
      markedAt: a.marked_at,
    }));
    return {
      postmortemId,
      state: parsed.state,
      attendance,
      followUpDate: row.follow_up_date,
      screens,
    };
  }

  /**
   * Stores `next` over `previous` (the state it was computed from): updates the row and appends
   * only the new events. The caller runs this inside the transaction that read `previous`.
   */
  writeState(
    postmortemId: string,
    previous: MeetingState,
    next: MeetingState,
    stamp: string,
  ): void {
    this.ensureRow(postmortemId, previous, stamp);
    if (next.events.length < previous.events.length) {
      throw new Error('A meeting event log only grows; refusing to drop events.');
    }
    const update = this.db
      .prepare(
        `UPDATE meetings SET status = ?, current_step = ?, revision = ?, agenda_json = ?,
         updated_at = ? WHERE postmortem_id = ? AND revision = ?`,
      )
      .run(
        next.status,
        next.currentStepIndex,
        next.revision,
        JSON.stringify(next.agenda),
        stamp,
        postmortemId,
        previous.revision,
      );
    if (update.changes !== 1) {
      throw new AppError(
        'conflict',
        'The meeting changed while this command was applied; try again.',
      );
    }
    const insert = this.db.prepare(
      `INSERT INTO meeting_events (postmortem_id, seq, type, at, step_index, from_index, via, seconds)
       VALUES (@postmortem_id, @seq, @type, @at, @step_index, @from_index, @via, @seconds)`,
    );
    next.events.slice(previous.events.length).forEach((event, k) => {
      insert.run({
        postmortem_id: postmortemId,
        seq: previous.events.length + k,
        ...eventColumns(event),
      });
    });
  }

  setFollowUp(postmortemId: string, state: MeetingState, date: string | null, stamp: string): void {
    this.ensureRow(postmortemId, state, stamp);
    this.db
      .prepare('UPDATE meetings SET follow_up_date = ?, updated_at = ? WHERE postmortem_id = ?')
      .run(date, stamp, postmortemId);
  }

  markPresent(postmortemId: string, state: MeetingState, attendee: Attendee): void {
    this.ensureRow(postmortemId, state, attendee.markedAt);
    this.db
      .prepare(
        `INSERT INTO meeting_attendance (postmortem_id, participant_id, name, team, role, marked_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (postmortem_id, participant_id)
         DO UPDATE SET name = excluded.name, team = excluded.team, role = excluded.role`,
      )
      .run(
        postmortemId,
        attendee.participantId,
        attendee.name,
        attendee.team,
        attendee.role,
        attendee.markedAt,
      );
  }

  markAbsent(postmortemId: string, participantId: string): void {
    this.db
      .prepare('DELETE FROM meeting_attendance WHERE postmortem_id = ? AND participant_id = ?')
      .run(postmortemId, participantId);
  }

  /** The default meeting is not stored until something changes it; this stores it then. */
  private ensureRow(postmortemId: string, state: MeetingState, stamp: string): void {
    this.db
      .prepare(
        `INSERT INTO meetings (postmortem_id, status, current_step, revision, agenda_json,
           follow_up_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, NULL, ?, ?) ON CONFLICT (postmortem_id) DO NOTHING`,
      )
      .run(
        postmortemId,
        state.status,
        state.currentStepIndex,
        state.revision,
        JSON.stringify(state.agenda),
        stamp,
        stamp,
      );
  }
}
