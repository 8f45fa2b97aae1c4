import { describe, expect, it } from 'vitest';
import { parseMeetingState } from '../../../../shared/meeting/parse';
import { createMeeting } from '../../../../shared/meeting/create';
import type { MeetingState } from '../../../../shared/meeting/types';
import { at, script } from './helpers';

const ran = () =>
  script(createMeeting({ id: 'pm-7' }), [
    [{ type: 'start' }, 0],
    [{ type: 'addTime', seconds: 60 }, 30],
    [{ type: 'next' }, 200],
  ]);
const tamper = (f: (s: MeetingState) => void): unknown => {
  const copy = JSON.parse(JSON.stringify(ran())) as MeetingState;
  f(copy);
  return copy;
};
const message = (value: unknown): string => {
  const r = parseMeetingState(value, 'meetings row 3');
  if (r.ok) throw new Error('accepted');
  return r.message;
};

describe('parseMeetingState', () => {
  it('accepts what the reducer produces, after a JSON round trip', () => {
    const r = parseMeetingState(JSON.parse(JSON.stringify(ran())));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.state).toEqual(ran());
  });

  it('names the source and the field that is wrong', () => {
    expect(message({})).toMatch(/^meetings row 3 is not a valid meeting: status: /);
    expect(message(tamper((s) => (s.agenda[2]!.plannedSeconds = -5)))).toMatch(
      /agenda\.2\.plannedSeconds/,
    );
    expect(message(tamper((s) => s.agenda.reverse()))).toMatch(
      /agenda\.0\.id: expected "ground_rules"/,
    );
  });

  it('refuses a log that contradicts itself', () => {
    expect(message(tamper((s) => (s.status = 'paused')))).toMatch(
      /status: "paused" but the events say "running"/,
    );
    expect(message(tamper((s) => (s.currentStepIndex = 4)))).toMatch(/events say 1/);
    expect(message(tamper((s) => (s.agenda[0]!.addedSeconds = 0)))).toMatch(
      /timeAdded events sum to 60/,
    );
    expect(message(tamper((s) => s.events.push({ type: 'resumed', at: at(300) })))).toMatch(
      /was not paused/,
    );
    expect(message(tamper((s) => (s.events[2]!.at = at(10))))).toMatch(
      /earlier than the event before/,
    );
    expect(
      message(
        tamper((s) => {
          s.events.push({ type: 'ended', at: at(400) }, { type: 'paused', at: at(500) });
          s.status = 'ended';
        }),
      ),
    ).toMatch(/after the meeting ended/);
  });
});
