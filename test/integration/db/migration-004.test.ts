import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../main/db/connection';
import type { WriteDb } from '../../../main/db/handles';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';
import { MeetingStore } from '../../../main/meeting/meeting-store';
import { applyMeetingCommand, meetingLog, STEP_IDS } from '../../../shared/meeting';
import { freshAt, INSERT_POSTMORTEM } from './migration-helpers';

// The nine-step agenda as version 3 stored it (the default 60-minute plan of that time).
const OLD_MINUTES: [string, string, number][] = [
  ['ground_rules', 'Opening and ground rules', 3],
  ['summary', 'Incident summary', 5],
  ['purpose', 'What the model was supposed to do', 4],
  ['diagnosis', 'Diagnosis: what went wrong', 18],
  ['root_causes', 'Root causes', 10],
  ['worked_well', 'What worked well', 4],
  ['actions', 'Corrective actions', 10],
  ['lessons', 'Lessons learned', 4],
  ['recap', 'Closing recap', 2],
];
const oldAgenda = (patch: Record<number, object> = {}) =>
  OLD_MINUTES.map(([id, title, minutes], i) => ({
    id,
    title,
    plannedSeconds: minutes * 60,
    addedSeconds: 0,
    skipped: false,
    ...patch[i],
  }));

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;

function storeMeeting(
  db: WriteDb,
  id: string,
  meeting: { status: string; current: number; agenda: unknown; events: unknown[][] },
) {
  db.prepare(INSERT_POSTMORTEM).run(id);
  db.prepare(
    `INSERT INTO meetings (postmortem_id, status, current_step, revision, agenda_json,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'now', 'now')`,
  ).run(id, meeting.status, meeting.current, meeting.events.length, JSON.stringify(meeting.agenda));
  const insert = db.prepare(
    `INSERT INTO meeting_events (postmortem_id, seq, type, at, step_index, from_index, via, seconds)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  meeting.events.forEach((e, seq) => insert.run(id, seq, ...e));
}

/** The meeting as today's app reads it (later migrations leave meetings as 004 made them). */
function readNow(db: WriteDb, postmortemId: string) {
  migrate(db, migrations);
  return new MeetingStore(db).read(postmortemId);
}

describe('migration 004: the timeline gets its own agenda step', () => {
  it('gives a planned meeting a timeline step from half the summary, the total unchanged', () => {
    const db = freshAt(3);
    storeMeeting(db, 'planned', { status: 'planned', current: 0, agenda: oldAgenda(), events: [] });
    migrate(db, migrations, 4);
    expect(schemaVersion(db)).toBe(4);
    const { state } = readNow(db, 'planned');
    expect(state.agenda.map((step) => step.id)).toEqual([...STEP_IDS]);
    expect(state.agenda.map((step) => step.plannedSeconds / 60)).toEqual([
      3, 3, 2, 4, 18, 10, 4, 10, 4, 2,
    ]);
    expect(state.agenda[2]).toMatchObject({ title: 'Timeline of events', skipped: false });
    // The migrated meeting runs: start, then the timeline is the step after the summary.
    let next = state;
    for (const command of [{ type: 'start' }, { type: 'next' }, { type: 'next' }] as const) {
      const result = applyMeetingCommand(next, command, s(60));
      if (!result.ok) throw new Error(result.error.message);
      next = result.state;
    }
    expect(next.agenda[next.currentStepIndex]!.id).toBe('timeline');
    db.close();
  });

  it('keeps a started meeting on its step with the same times, the new step skipped', () => {
    const db = freshAt(3);
    const agenda = oldAgenda({ 3: { addedSeconds: 300 } });
    storeMeeting(db, 'running', {
      status: 'paused',
      current: 3,
      agenda,
      events: [
        ['started', s(0), 0, null, null, null],
        ['stepEntered', s(150), 1, 0, 'next', null],
        ['stepEntered', s(400), 2, 1, 'next', null],
        ['stepEntered', s(600), 3, 2, 'next', null],
        ['timeAdded', s(700), 3, null, null, 300],
        ['paused', s(900), null, null, null, null],
      ],
    });
    migrate(db, migrations, 4);
    const { state } = readNow(db, 'running');
    expect(state.status).toBe('paused');
    expect(state.agenda[state.currentStepIndex]!.id).toBe('diagnosis');
    expect(state.agenda[2]).toMatchObject({ id: 'timeline', skipped: true, addedSeconds: 0 });
    expect(state.agenda[4]).toMatchObject({ id: 'diagnosis', addedSeconds: 300 });
    const log = meetingLog(state, s(2000));
    const actual = Object.fromEntries(log.rows.map((r) => [r.id, r.actualSeconds]));
    expect(actual).toMatchObject({
      ground_rules: 150,
      summary: 250,
      timeline: 0,
      purpose: 200,
      diagnosis: 300,
    });
    // Skipped, the new step adds nothing to the plan: still 60 minutes plus the 5 added.
    expect(log.totalPlannedSeconds).toBe(65 * 60);
    db.close();
  });

  it('leaves an ended meeting with the same log, and an unreadable agenda as it was', () => {
    const db = freshAt(3);
    storeMeeting(db, 'ended', {
      status: 'ended',
      current: 8,
      agenda: oldAgenda({ 6: { skipped: true } }),
      events: [
        ['started', s(0), 0, null, null, null],
        ['stepEntered', s(100), 8, 0, 'jump', null],
        ['skipped', s(110), 6, null, null, null],
        ['ended', s(200), null, null, null, null],
      ],
    });
    storeMeeting(db, 'odd', { status: 'planned', current: 0, agenda: { steps: 9 }, events: [] });
    migrate(db, migrations, 4);
    const { state } = readNow(db, 'ended');
    expect(state.agenda[state.currentStepIndex]!.id).toBe('recap');
    expect(state.agenda.filter((step) => step.skipped).map((step) => step.id)).toEqual([
      'timeline',
      'actions',
    ]);
    const log = meetingLog(state, s(5000));
    expect(log.totalActualSeconds).toBe(200);
    expect(log.rows.find((r) => r.id === 'recap')?.actualSeconds).toBe(100);
    expect(
      db.prepare("SELECT agenda_json FROM meetings WHERE postmortem_id = 'odd'").pluck().get(),
    ).toBe('{"steps":9}');
    db.close();
  });
});
