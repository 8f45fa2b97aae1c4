import { describe, expect, it } from 'vitest';
import type {
  MeetingCommandOutcome,
  MeetingRecord,
  MeetingReport,
} from '../../../shared/contract/meeting';
import { deriveMeetingClock, STEP_IDS } from '../../../shared/meeting';
import { openBackend, setup } from './setup';

describe('meeting calls through dispatch, on a real SQLite file', () => {
  it('gives a planned meeting with the default 60-minute agenda before anything is stored', async () => {
    const { value, id } = await setup();
    const meeting = await value<MeetingRecord>('meeting.get', { postmortemId: id });
    expect(meeting.state.status).toBe('planned');
    expect(meeting.state.revision).toBe(0);
    expect(meeting.state.agenda.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(meeting.state.agenda.reduce((sum, s) => sum + s.plannedSeconds, 0)).toBe(3600);
    expect(meeting.attendance).toEqual([]);
  });

  it('refuses a meeting of a postmortem that does not exist', async () => {
    const { call } = await setup();
    const outcome = await call('meeting.get', { postmortemId: 'no-such-postmortem' });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.code).toBe('not_found');
  });

  it('stamps commands with the back end clock, stores them, and announces every change', async () => {
    const { command, clock, events, id } = await setup();
    const start = clock.ms();
    await command({ type: 'start' });
    clock.advance(90);
    await command({ type: 'next' });
    clock.advance(30);
    const paused = await command({ type: 'pause' });
    expect(paused.meeting.state.events).toEqual([
      { type: 'started', at: start, stepIndex: 0 },
      { type: 'stepEntered', at: start + 90_000, stepIndex: 1, from: 0, via: 'next' },
      { type: 'paused', at: start + 120_000 },
    ]);
    const changed = events.filter((e) => e.name === 'meeting.changed');
    expect(changed).toHaveLength(3);
    expect(changed.at(-1)!.payload).toMatchObject({
      postmortemId: id,
      state: { status: 'paused' },
    });
  });

  it('resumes after a restart on the same step with the same figures', async () => {
    const { command, clock, backend, dataDir, value, id } = await setup();
    await command({ type: 'start' });
    clock.advance(200);
    await command({ type: 'next' });
    clock.advance(45);
    await command({ type: 'addTime', seconds: 300 });
    clock.advance(15);
    await command({ type: 'pause' });
    clock.advance(120);
    await command({ type: 'resume' });
    clock.advance(40);
    const before = await value<MeetingRecord>('meeting.get', { postmortemId: id });
    const figuresBefore = deriveMeetingClock(before.state, clock.ms());
    backend.close();

    clock.advance(25); // the app was closed; the meeting kept running
    const reopened = await openBackend(dataDir, clock);
    const after = await reopened.value<MeetingRecord>('meeting.get', { postmortemId: id });
    expect(after.state).toEqual(before.state);
    const figuresAfter = deriveMeetingClock(after.state, clock.ms());
    expect(figuresAfter.current.index).toBe(1);
    expect(figuresAfter.pausedSeconds).toBe(120);
    expect(figuresAfter.current.elapsedSeconds).toBe(figuresBefore.current.elapsedSeconds + 25);
    expect(figuresAfter.current.elapsedSeconds).toBe(45 + 15 + 40 + 25);
    expect(figuresAfter.current.timeboxSeconds).toBe(4 * 60 + 300);
    expect(figuresAfter.elapsedSeconds).toBe(200 + 45 + 15 + 40 + 25);
    reopened.backend.close();
  });

  it('ends once: a second end is a harmless no-op, and the log stays as it was', async () => {
    const { command, clock, value, id, events } = await setup();
    await command({ type: 'start' });
    clock.advance(60);
    const ended = await command({ type: 'end' });
    expect(ended.changed).toBe(true);
    const eventCount = ended.meeting.state.events.length;
    clock.advance(60);
    const again = await command({ type: 'end' });
    expect(again.changed).toBe(false);
    expect(again.note?.code).toBe('already_ended');
    expect(again.meeting.state.events).toHaveLength(eventCount);
    const changes = events.filter((e) => e.name === 'meeting.changed');
    expect(changes).toHaveLength(2); // start and the first end only
    const report = await value<MeetingReport>('meeting.log', { postmortemId: id });
    expect(report.log.totalActualSeconds).toBe(60);
    expect(report.log.endedAtMs).toBe(ended.meeting.state.events.at(-1)!.at);
  });

  it('two windows pressing next on the same revision advance the meeting once', async () => {
    const { command, clock, call, value, id } = await setup();
    await command({ type: 'start' });
    clock.advance(30);
    const seen = await value<MeetingRecord>('meeting.get', { postmortemId: id });
    const next = { type: 'next', expectedRevision: seen.state.revision };
    const [a, b] = await Promise.all([
      call('meeting.command', { postmortemId: id, command: next }),
      call('meeting.command', { postmortemId: id, command: next }),
    ]);
    const outcomes = [a, b].map((o) => (o.ok ? (o.value as MeetingCommandOutcome) : null));
    expect(outcomes.map((o) => o?.changed).sort()).toEqual([false, true]);
    expect(outcomes.find((o) => o && !o.changed)?.note?.code).toBe('stale_revision');
    const after = await value<MeetingRecord>('meeting.get', { postmortemId: id });
    expect(after.state.currentStepIndex).toBe(1);
    expect(after.state.revision).toBe(seen.state.revision + 1);
  });

  it('refuses a command without expectedRevision, naming the field', async () => {
    const { call, id } = await setup();
    const outcome = await call('meeting.command', { postmortemId: id, command: { type: 'start' } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('invalid_input');
    expect(outcome.error.message).toMatch(/command\.expectedRevision/);
  });

  it.each([
    [-300, /cannot be negative/],
    [10 * 60 * 60, /at most 28800 s \(8 hours\)/],
    [90.5, /whole number of seconds/],
    [5, /at least 60 s/],
  ])(
    'refuses an absurd timebox of %s s with a clear message, and changes nothing',
    async (seconds, message) => {
      const { call, value, id } = await setup();
      const outcome = await call('meeting.command', {
        postmortemId: id,
        command: { type: 'setTimebox', stepIndex: 4, seconds, expectedRevision: 0 },
      });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.code).toBe('invalid_input');
      expect(outcome.error.message).toMatch(/Step "Diagnosis: what went wrong"/);
      expect(outcome.error.message).toMatch(message);
      const meeting = await value<MeetingRecord>('meeting.get', { postmortemId: id });
      expect(meeting.state.revision).toBe(0);
      expect(meeting.state.agenda[4]!.plannedSeconds).toBe(17 * 60);
    },
  );

  it('refuses a total the steps cannot fit, and rescales a sensible one', async () => {
    const { call, command, value, id } = await setup();
    const tooShort = await call('meeting.command', {
      postmortemId: id,
      command: { type: 'setTotal', minutes: 3, expectedRevision: 0 },
    });
    expect(!tooShort.ok && tooShort.error.message).toMatch(/at least 10 minutes/);
    await command({ type: 'setTotal', minutes: 90 });
    const meeting = await value<MeetingRecord>('meeting.get', { postmortemId: id });
    expect(meeting.state.agenda.reduce((sum, s) => sum + s.plannedSeconds, 0)).toBe(90 * 60);
  });

  it('keeps the log consistent: rows add up to the clock, skips and pauses are counted', async () => {
    const { command, clock, value, id } = await setup();
    await command({ type: 'setTimebox', stepIndex: 0, seconds: 120 });
    await command({ type: 'start' });
    clock.advance(150); // 30 s over the two-minute opening
    await command({ type: 'next' });
    clock.advance(100);
    await command({ type: 'pause' });
    clock.advance(300);
    await command({ type: 'resume' });
    clock.advance(20);
    await command({ type: 'skip', stepIndex: 2 });
    await command({ type: 'next' }); // from the summary over the skipped timeline to the purpose
    clock.advance(60);
    await command({ type: 'addTime', seconds: 60 });
    clock.advance(10);
    await command({ type: 'end' });
    const report = await value<MeetingReport>('meeting.log', { postmortemId: id });
    const { rows } = report.log;
    expect(rows.map((r) => r.actualSeconds)).toEqual([150, 120, 0, 70, 0, 0, 0, 0, 0, 0]);
    expect(rows[0]!.deltaSeconds).toBe(30);
    expect(rows[2]!.skipped).toBe(true);
    expect(rows[3]!.addedSeconds).toBe(60);
    expect(report.log.totalActualSeconds).toBe(340);
    expect(report.log.pausedSeconds).toBe(300);
    expect(report.log.pauseCount).toBe(1);
    expect(report.log.wallSeconds).toBe(640);
    expect(report.markdown).toContain('| Opening and ground rules | 2:00 | 0:00 | 2:30 | +0:30 |');
    expect(report.markdown).toContain('Timeline of events (skipped)');
    expect(report.markdown).toContain('Paused 1 time(s), 5:00 in all.');
  });

  it('stores who was present, as they were when marked, and refuses someone not listed', async () => {
    const { call, value, id, clock } = await setup();
    await value('meeting.setAttendance', { postmortemId: id, participantId: 'p2', present: true });
    clock.advance(5);
    await value('meeting.setAttendance', { postmortemId: id, participantId: 'p1', present: true });
    await value('meeting.setAttendance', { postmortemId: id, participantId: 'p3', present: true });
    const after = await value<MeetingRecord>('meeting.setAttendance', {
      postmortemId: id,
      participantId: 'p3',
      present: false,
    });
    expect(after.attendance.map((a) => [a.participantId, a.name, a.role])).toEqual([
      ['p2', 'Ben', 'scribe'],
      ['p1', 'Ana', 'facilitator'],
    ]);
    const unknown = await call('meeting.setAttendance', {
      postmortemId: id,
      participantId: 'nobody',
      present: true,
    });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');
    const followUp = await value<MeetingRecord>('meeting.setFollowUp', {
      postmortemId: id,
      date: '2026-03-16',
    });
    expect(followUp.followUpDate).toBe('2026-03-16');
    const badDate = await call('meeting.setFollowUp', { postmortemId: id, date: '2026-02-30' });
    expect(!badDate.ok && badDate.error.message).toMatch(/Not a valid date/);
    const report = await value<MeetingReport>('meeting.log', { postmortemId: id });
    expect(report.attendance.map((a) => a.name)).toEqual(['Ben', 'Ana']);
    expect(report.followUpDate).toBe('2026-03-16');
  });
});

describe('a stored meeting that contradicts itself', () => {
  it('is reported with the table and the problem, not silently repaired', async () => {
    const { command, clock, backend, dataDir, id } = await setup();
    await command({ type: 'start' });
    clock.advance(10);
    await command({ type: 'next' });
    backend.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(`${dataDir}/documents.sqlite`);
    db.prepare('UPDATE meetings SET current_step = 5 WHERE postmortem_id = ?').run(id);
    db.close();
    const reopened = await openBackend(dataDir, clock);
    const outcome = await reopened.call('meeting.get', { postmortemId: id });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('unavailable');
      expect(outcome.error.message).toMatch(/tables meetings, meeting_events/);
      expect(outcome.error.message).toMatch(/currentStepIndex: 5 but the events say 1/);
    }
    reopened.backend.close();
  });
});
