// Every clock time written in the demo's text (hh:mm) reads on the postmortem's clock: it is an
// instant of the document (summary, timeline, meeting notes), a boundary of the evidence as the
// app shows it (the CSV's v13 rows), or one of the few other times listed below with what they
// name. The app shows every instant in the postmortem's zone, so text in another zone would
// contradict the timeline and the charts beside it.
import { describe, expect, it } from 'vitest';
import { demoPostmortem } from '../../../../shared/template/demo-fraud';
import { DEMO_EVIDENCE } from '../../../../shared/template/demo-evidence';
import { readDemoCsv } from './demo-csv';

const demo = demoPostmortem();
const zone = demo.summary.timeZone;

/** Clock times in the text that are no instant of the document, with the instant each names. */
const OTHER_INSTANTS: Record<string, string> = {
  // Customer care's holding message, 10 minutes after the first calls ("within 10 minutes").
  'holding message': '2026-03-12T03:41:00Z',
  // The postmortem meeting's start (its end is the meeting note's time).
  'meeting start': '2026-03-16T13:00:00Z',
};
/** Clock times that name no instant: the night review shift's hours, in the text "local time". */
const LOCAL_HOURS = ['00:00', '06:00'];

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const onClock = (instant: string | number) => clock.format(new Date(instant));

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Every string of the demo a reader sees (instants and ids are fields of their own, skipped). */
function texts(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') {
    if (!ISO_INSTANT.test(value)) out.push([path, value]);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) texts(v, `${path}.${k}`, out);
  }
  return out;
}

/** The evidence's v13 period as the app shows its rows: first v13 row, first v12 row after. */
function v13Period(): [number, number] {
  const rows = readDemoCsv().rows;
  const first = rows.findIndex((r) => r.model_version === 'v13');
  let last = first;
  while (rows[last + 1]?.model_version === 'v13') last++;
  const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000) * 60_000;
  return [minute(rows[first]!.timestamp!), minute(rows[last + 1]!.timestamp!)];
}

describe('clock times in the demo’s text', () => {
  const written = texts(demo, 'demo', []);
  texts(DEMO_EVIDENCE.pins, 'pins', written);

  it('are read in the postmortem’s zone, with no other zone named', () => {
    expect(zone).toBe('Europe/Amsterdam');
    for (const [path, text] of written) expect(text, path).not.toMatch(/\bUTC\b|\bGMT\b/);
  });

  it('each name an instant of the timeline, the summary, the meeting or the evidence', () => {
    const instants = [
      demo.summary.startedAt!,
      demo.summary.endedAt!,
      demo.summary.detectedAt!,
      ...demo.timeline.map((e) => e.at),
      ...demo.notes.map((n) => n.createdAt),
      ...demo.parkingLot.map((p) => p.createdAt),
      DEMO_EVIDENCE.baseline.start,
      DEMO_EVIDENCE.baseline.end,
      DEMO_EVIDENCE.incident.start,
      DEMO_EVIDENCE.incident.end,
      ...v13Period(),
      ...Object.values(OTHER_INSTANTS),
    ];
    const known = new Set([...instants.map(onClock), ...LOCAL_HOURS]);
    let found = 0;
    for (const [path, text] of written) {
      for (const [time] of text.matchAll(/\b\d{2}:\d{2}\b/g)) {
        found++;
        expect(known.has(time), `${path}: ${time} in "${text}"`).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(15);
  });

  it('agree with the evidence: v13 served from 03:00 to 06:00 on Amsterdam’s clock', () => {
    expect(v13Period().map(onClock)).toEqual(['03:00', '06:00']);
    const summary = demo.summary.whatHappened;
    expect(summary).toContain('between 03:00 and 06:00');
    expect(onClock(DEMO_EVIDENCE.incident.start)).toBe('03:00');
    expect(onClock(DEMO_EVIDENCE.incident.end)).toBe('06:00');
  });
});
