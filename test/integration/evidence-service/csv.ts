import fs from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../../support/seeded-random';

export const T0 = Date.parse('2026-01-01T00:00:00Z');
export const ROWS = 3000;
/** Rows 0..1199: the baseline window; rows 2400..2999: the incident window (one row a minute). */
export const BASELINE = { start: '2026-01-01T00:00:00Z', end: '2026-01-01T20:00:00Z' };
export const INCIDENT = { start: '2026-01-02T16:00:00Z', end: '2026-01-03T02:00:00Z' };
export const HEADER = [
  'timestamp',
  'request_id',
  'model_version',
  'amount',
  'segment',
  'clicks',
  'flagged',
  'prediction',
  'note',
] as const;

/**
 * A prediction log with a known incident: from row 2400 amounts shift up, a new segment "e"
 * appears, some amounts turn into text ("oops"); from row 2000 model v2 serves.
 */
export function writeLogCsv(dir: string, name = 'log.csv'): { file: string; rows: string[][] } {
  const rnd = mulberry32(7);
  const rows: string[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const incident = i >= 2400;
    let amount = (rnd() * 100 + (incident ? 30 : 0)).toFixed(2);
    if (i % 37 === 0) amount = '';
    else if (incident && i % 53 === 0) amount = 'oops';
    const segments = incident ? ['a', 'b', 'c', 'd', 'e'] : ['a', 'b', 'c', 'd'];
    rows.push([
      new Date(T0 + i * 60_000).toISOString(),
      `r-${i}`,
      i < 2000 ? 'v1' : 'v2',
      amount,
      segments[Math.floor(rnd() * segments.length)] as string,
      String(Math.floor(rnd() * 10)),
      rnd() < 0.3 ? 'true' : 'false',
      rnd() < (incident ? 0.5 : 0.1) ? '1' : '0',
      `note ${i % 7}`,
    ]);
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, [HEADER.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  return { file, rows };
}

export const col = (name: (typeof HEADER)[number]) => HEADER.indexOf(name);
