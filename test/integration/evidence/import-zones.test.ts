import { describe, expect, it } from 'vitest';
import { importFile, tempDir, writeFile } from './helpers';

const iso = (v: unknown) => new Date(v as number).toISOString();

describe('evidence import: times written without a zone', () => {
  it('reads them as clock times in the chosen zone, through a clock change', async () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      'amsterdam.csv',
      [
        'ts,score',
        '2024-03-31 01:30:00,0.1',
        '2024-03-31 03:30:00,0.2',
        '2024-07-01T12:00,0.3',
        '2024-10-27 02:30:00,0.4',
        '2024-12-01 09:15:30.250,0.5',
        '',
      ].join('\n'),
    );
    const r = await importFile(file, `${dir}/ev`, {}, { timeZone: 'Europe/Amsterdam' });
    expect(r.staged.columns[0]?.zonelessCount).toBe(5);
    expect(r.rows.map((x) => iso(x.c0))).toEqual([
      '2024-03-31T00:30:00.000Z',
      '2024-03-31T01:30:00.000Z',
      '2024-07-01T10:00:00.000Z',
      '2024-10-27T00:30:00.000Z',
      '2024-12-01T08:15:30.250Z',
    ]);
    expect(r.types.every((t) => t.c0 === 'integer')).toBe(true);
    expect(r.ev.meta.columns[0]?.wallClockZone).toBe('Europe/Amsterdam');
    expect(r.ev.meta.timeColumn).toBe(0);
  });

  it('reads them as UTC when no zone is given, and says so in the file', async () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      'plain.csv',
      'ts,n\n2024-03-12 02:00:00,1\n2024-03-12 03:00:00,2\n',
    );
    const r = await importFile(file, `${dir}/ev`);
    expect(r.rows.map((x) => iso(x.c0))).toEqual([
      '2024-03-12T02:00:00.000Z',
      '2024-03-12T03:00:00.000Z',
    ]);
    expect(r.ev.meta.columns[0]?.wallClockZone).toBe('UTC');
  });

  it('leaves times that carry a zone alone, in a column that mixes both kinds', async () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      'mixed.csv',
      [
        'ts,n',
        '2024-01-10 10:00:00,1',
        '2024-01-10T10:00:00Z,2',
        '2024-01-10 11:00:00,3',
        '2024-01-10T12:00:00+05:30,4',
        '',
      ].join('\n'),
    );
    const r = await importFile(file, `${dir}/ev`, {}, { timeZone: 'America/New_York' });
    expect(r.staged.columns[0]?.zonelessCount).toBe(2);
    expect(r.rows.map((x) => iso(x.c0))).toEqual([
      '2024-01-10T15:00:00.000Z',
      '2024-01-10T10:00:00.000Z',
      '2024-01-10T16:00:00.000Z',
      '2024-01-10T06:30:00.000Z',
    ]);
    // Out of order now, so the time column gets its index rather than a wrong "sorted".
    expect(r.ev.meta.columns[0]?.sorted).toBe(false);
  });

  it('reads day-first dates without a zone in the zone too; a column that names its zone has none', async () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      'slash.csv',
      'day,at,n\n25/12/2024 08:00,2024-12-25T08:00:00Z,1\n26/12/2024 09:30,2024-12-26T09:30:00Z,2\n',
    );
    const r = await importFile(file, `${dir}/ev`, {}, { timeZone: 'Asia/Tokyo' });
    expect(r.rows.map((x) => iso(x.c0))).toEqual([
      '2024-12-24T23:00:00.000Z',
      '2024-12-26T00:30:00.000Z',
    ]);
    expect(r.rows.map((x) => iso(x.c1))).toEqual([
      '2024-12-25T08:00:00.000Z',
      '2024-12-26T09:30:00.000Z',
    ]);
    expect(r.ev.meta.columns[0]?.wallClockZone).toBe('Asia/Tokyo');
    expect(r.ev.meta.columns[1]?.wallClockZone).toBeNull();
  });

  it('keeps zone-less times as written when the column is chosen as text', async () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      'astext.csv',
      'ts,n\n2024-03-12 02:00:00,1\n2024-03-12 03:00:00,2\n',
    );
    const r = await importFile(
      file,
      `${dir}/ev`,
      {},
      { columns: [{ index: 0, type: 'text' }], timeColumn: null, timeZone: 'Europe/Paris' },
    );
    expect(r.rows.map((x) => x.c0)).toEqual(['2024-03-12T02:00:00.000', '2024-03-12T03:00:00.000']);
  });

  it('refuses an unknown zone, naming the file and what to do', async () => {
    const dir = tempDir();
    const file = writeFile(dir, 'bad-zone.csv', 'ts,n\n2024-03-12 02:00:00,1\n');
    await expect(importFile(file, `${dir}/ev`, {}, { timeZone: 'Mars/Olympus' })).rejects.toThrow(
      /bad-zone\.csv.*"Mars\/Olympus" is not a time zone/s,
    );
  });
});
