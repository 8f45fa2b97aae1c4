import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageInputSchema, type EvidenceInfo } from '../../../shared/evidence';
import { openFixture, type EvidenceFixture } from './fixture';

const COLUMNS = 2000;
const ROWS = 40;
/** Cell of row r (0-based), column c (1..1999): distinct, so a misplaced block shows. */
const value = (r: number, c: number) => r * 10_000 + c;

let f: EvidenceFixture;
let ev: EvidenceInfo;

beforeAll(async () => {
  f = await openFixture();
  const header = ['timestamp', ...Array.from({ length: COLUMNS - 1 }, (_, i) => `f${i + 1}`)];
  const lines = [header.join(',')];
  for (let r = 0; r < ROWS; r++) {
    const t = new Date(Date.UTC(2026, 2, 11, r)).toISOString();
    lines.push([t, ...Array.from({ length: COLUMNS - 1 }, (_, i) => value(r, i + 1))].join(','));
  }
  const file = path.join(f.dataDir, 'wide.csv');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  ev = (await f.service.importFile({ postmortemId: f.postmortemId, filePath: file })).evidence;
});

afterAll(() => f.close());

const page = (input: object) =>
  f.service.page(pageInputSchema.parse({ evidenceId: ev.id, offset: 0, limit: 10, ...input }));

describe('a file with as many columns as SQLite allows', () => {
  it('is read a block of columns at a time, any block, sorted or not', async () => {
    expect(ev.columns).toHaveLength(COLUMNS);
    const first = await page({});
    expect(first.columns).toHaveLength(500);
    expect([first.columnOffset, first.columnCount]).toEqual([0, COLUMNS]);
    const last = await page({ offset: 5, columnOffset: 1900, columnLimit: 500 });
    expect(last.columns).toEqual(Array.from({ length: 100 }, (_, i) => `f${1900 + i}`));
    expect(last.rows[0]).toEqual(Array.from({ length: 100 }, (_, i) => value(5, 1900 + i)));
    expect(last.rowNumbers[0]).toBe(6);
    const sorted = await page({
      sort: { column: 'f1999', dir: 'desc' },
      columnOffset: 1999,
      columnLimit: 1,
    });
    expect(sorted.rows.map((r) => r[0])).toEqual(
      Array.from({ length: 10 }, (_, k) => value(ROWS - 1 - k, 1999)),
    );
  });

  it('refuses a page of more columns than one query may hold, with the limit named', () => {
    expect(() =>
      pageInputSchema.parse({ evidenceId: ev.id, offset: 0, limit: 10, columnLimit: 501 }),
    ).toThrow(/at most 500 columns/);
  });
});
