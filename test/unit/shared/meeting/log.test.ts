import { describe, expect, it } from 'vitest';
import { meetingLog, meetingLogMarkdown } from '../../../../shared/meeting/log';
import { createMeeting } from '../../../../shared/meeting/create';
import { script } from './helpers';

// A 60-minute meeting with an overrun diagnosis, a skipped step, added time and two pauses.
const ran = () =>
  script(createMeeting(), [
    [{ type: 'start' }, 0],
    [{ type: 'next' }, 180],
    [{ type: 'next' }, 420],
    [{ type: 'next' }, 720],
    [{ type: 'skip' }, 740],
    [{ type: 'addTime', seconds: 300 }, 1740],
    [{ type: 'pause' }, 1840],
    [{ type: 'resume' }, 2140],
    [{ type: 'next' }, 2140 + 1000],
    [{ type: 'pause' }, 3240],
    [{ type: 'resume' }, 3300],
    [{ type: 'jump', stepIndex: 9 }, 3740],
    [{ type: 'end' }, 3860],
  ]);

describe('meetingLog', () => {
  it('gives planned versus actual per step, skipped steps marked, totals that add up', () => {
    const log = meetingLog(ran(), Date.now());
    expect(log.status).toBe('ended');
    const byId = Object.fromEntries(log.rows.map((r) => [r.id, r]));
    expect(byId.ground_rules).toMatchObject({
      timeboxSeconds: 180,
      actualSeconds: 180,
      deltaSeconds: 0,
    });
    expect(byId.summary).toMatchObject({ actualSeconds: 240, deltaSeconds: 0 });
    expect(byId.timeline).toMatchObject({ actualSeconds: 300, deltaSeconds: 0 });
    expect(byId.purpose).toMatchObject({ skipped: true, timeboxSeconds: 0, actualSeconds: 20 });
    expect(byId.diagnosis).toMatchObject({
      plannedSeconds: 1020,
      addedSeconds: 300,
      timeboxSeconds: 1320,
      actualSeconds: 1100 + 1000,
      deltaSeconds: 780,
    });
    expect(byId.root_causes).toMatchObject({ actualSeconds: 100 + 440, visits: 1 });
    expect(byId.worked_well).toMatchObject({ actualSeconds: 0, visits: 0, deltaSeconds: -240 });
    expect(byId.recap).toMatchObject({ actualSeconds: 120, deltaSeconds: 0 });
    expect(log.totalPlannedSeconds).toBe(3600 - 180 + 300);
    expect(log.totalActualSeconds).toBe(log.rows.reduce((a, r) => a + r.actualSeconds, 0));
    expect(log.totalActualSeconds).toBe(3860 - 360);
    expect(log.totalDeltaSeconds).toBe(log.totalActualSeconds - log.totalPlannedSeconds);
    expect(log).toMatchObject({ pausedSeconds: 360, pauseCount: 2, wallSeconds: 3860 });
  });

  it('reports a meeting still running as of now', () => {
    const s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    const log = meetingLog(s, s.events[0]!.at + 42_000);
    expect(log.rows[0]!.actualSeconds).toBe(42);
    expect(log.endedAtMs).toBeNull();
  });

  it('renders a Markdown table with a row per step and the totals', () => {
    const md = meetingLogMarkdown(meetingLog(ran(), 0));
    const lines = md.split('\n');
    expect(lines[0]).toBe('| Step | Planned | Added | Actual | Difference |');
    expect(lines).toContain('| Diagnosis: what went wrong | 17:00 | 5:00 | 35:00 | +13:00 |');
    expect(lines).toContain(
      '| What the model was supposed to do (skipped) | 3:00 | 0:00 | 0:20 | skipped |',
    );
    expect(lines).toContain('| What worked well | 4:00 | 0:00 | 0:00 | -4:00 |');
    expect(lines).toContain('| **Total** | 57:00 | 5:00 | 58:20 | -3:40 |');
    expect(md).toContain('Paused 2 time(s), 6:00 in all.');
  });
});
