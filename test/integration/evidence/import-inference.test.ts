import { describe, expect, it } from 'vitest';
import { importFile, tempDir, writeFile } from './helpers';

function csv(header: string, rows: (string | number)[][]): string {
  return `${header}\n${rows.map((r) => r.join(',')).join('\n')}\n`;
}

describe('evidence import: type inference over the whole file', () => {
  it('makes a column text when its only text value is the last of 10,000 rows', async () => {
    const dir = tempDir();
    const rows: (string | number)[][] = Array.from({ length: 10_000 }, (_, i) => [i, i * 2]);
    rows.push(['not a number', 20_000]);
    const r = await importFile(writeFile(dir, 'late.csv', csv('a,b', rows)), `${dir}/ev`);
    expect(r.staged.columns.map((c) => c.inferredType)).toEqual(['text', 'integer']);
    // Stored back as text, exactly as written.
    expect(r.rows[0]).toEqual({ c0: '0', c1: 0 });
    expect(r.types[0]).toEqual({ c0: 'text', c1: 'integer' });
    expect(r.rows[10_000]).toEqual({ c0: 'not a number', c1: 20_000 });
  });

  it('infers integer, real, boolean, instant, category and text, stored in final form', async () => {
    const dir = tempDir();
    const rows: string[][] = [];
    for (let i = 0; i < 40; i++) {
      rows.push([
        String(i - 5),
        (i / 4).toFixed(2),
        i % 2 ? 'true' : 'False',
        new Date(Date.UTC(2024, 2, 12, 2, 0, i)).toISOString(),
        ['fr', 'de', 'us'][i % 3] ?? '',
        `free text ${i}`,
      ]);
    }
    const r = await importFile(
      writeFile(dir, 'types.csv', csv('i,r,b,t,cat,txt', rows)),
      `${dir}/ev`,
    );
    expect(r.ev.meta.columns.map((c) => c.type)).toEqual([
      'integer',
      'real',
      'boolean',
      'instant',
      'category',
      'text',
    ]);
    expect(r.ev.meta.timeColumn).toBe(3);
    expect(r.rows[1]).toEqual({
      c0: -4,
      c1: 0.25,
      c2: 1,
      c3: Date.UTC(2024, 2, 12, 2, 0, 1),
      c4: 'de',
      c5: 'free text 1',
    });
    expect(r.types[1]).toEqual({
      c0: 'integer',
      c1: 'real',
      c2: 'integer',
      c3: 'integer',
      c4: 'text',
      c5: 'text',
    });
    expect(r.rows[0]?.c2).toBe(0);
  });

  it('reads the common instant spellings as epoch milliseconds UTC', async () => {
    const dir = tempDir();
    const rows = [
      [
        '2024-03-12 02:00:00',
        '2024/03/12',
        '2024-03-12T03:00:00+01:00',
        '1710208800',
        '1710208800000',
        '25/03/2024',
      ],
      [
        '2024-03-12T02:00:00.250Z',
        '2024/03/13',
        '2024-03-12T02:00:00-0030',
        '1710208801',
        '1710208800500',
        '03/04/2024',
      ],
    ];
    const r = await importFile(
      writeFile(dir, 'times.csv', csv('t_iso,t_slash,t_zone,created_at,ts,date', rows)),
      `${dir}/ev`,
    );
    expect(r.ev.meta.columns.map((c) => [c.type, c.instantFormat])).toEqual([
      ['instant', 'iso'],
      ['instant', 'iso'],
      ['instant', 'iso'],
      ['instant', 'epoch-s'],
      ['instant', 'epoch-ms'],
      ['instant', 'day-first'],
    ]);
    const base = Date.UTC(2024, 2, 12, 2);
    expect(r.rows[0]).toEqual({
      c0: base,
      c1: Date.UTC(2024, 2, 12),
      c2: base,
      c3: base,
      c4: base,
      c5: Date.UTC(2024, 2, 25),
    });
    expect(r.rows[1]).toEqual({
      c0: base + 250,
      c1: Date.UTC(2024, 2, 13),
      c2: base + 30 * 60_000,
      c3: base + 1000,
      c4: base + 500,
      c5: Date.UTC(2024, 3, 3),
    });
  });

  it('reads all-ambiguous dates day-first with a warning, and month-first when a second part exceeds 12', async () => {
    const dir = tempDir();
    const a = await importFile(
      writeFile(dir, 'a.csv', csv('d', [['03/04/2024'], ['05/06/2024']])),
      `${dir}/ev`,
    );
    expect(a.ev.meta.columns[0]?.instantFormat).toBe('day-first');
    expect(a.rows[0]?.c0).toBe(Date.UTC(2024, 3, 3));
    expect(a.staged.warnings.join(' ')).toContain('day/month');
    const m = await importFile(
      writeFile(dir, 'm.csv', csv('d', [['03/04/2024'], ['12/31/2024']])),
      `${dir}/ev`,
    );
    expect(m.ev.meta.columns[0]?.instantFormat).toBe('month-first');
    expect(m.rows[0]?.c0).toBe(Date.UTC(2024, 2, 4));
  });

  it('counts missing markers as missing, and only the configured ones', async () => {
    const dir = tempDir();
    const rows = [
      ['1', 'NA'],
      ['', '2.5'],
      ['NaN', 'null'],
      ['None', '3'],
      ['4', 'N/A'],
      ['-', '1'],
    ];
    const file = writeFile(dir, 'm.csv', csv('a,b', rows));
    const r = await importFile(file, `${dir}/ev`);
    expect(r.staged.columns.map((c) => c.missingCount)).toEqual([3, 3]);
    expect(r.staged.columns.map((c) => c.inferredType)).toEqual(['text', 'real']);
    expect(r.rows.map((x) => x.c1)).toEqual([null, 2.5, null, 3, null, 1]);
    const custom = await importFile(file, `${dir}/ev`, {
      missingMarkers: ['-', 'NaN', 'None', 'NA', 'null', 'N/A'],
    });
    expect(custom.staged.columns.map((c) => c.inferredType)).toEqual(['integer', 'real']);
    expect(custom.rows.map((x) => x.c0)).toEqual([1, null, null, null, 4, null]);
  });

  it('keeps number-like text exactly in a text column', async () => {
    const dir = tempDir();
    const values = [
      '007',
      '1.50',
      '42',
      '-0.25',
      '1e3',
      '+4',
      '0.0001',
      '12345678901234567890',
      'word',
    ];
    const r = await importFile(writeFile(dir, 'n.csv', `v\n${values.join('\n')}\n`), `${dir}/ev`);
    expect(r.ev.meta.columns[0]?.type).toBe('text');
    expect(r.rows.map((x) => x.c0)).toEqual(values);
  });

  it('converts non-canonical numbers in a numeric column', async () => {
    const dir = tempDir();
    const r = await importFile(
      writeFile(
        dir,
        'n.csv',
        'v,w\nx,1\n'.replace('x,1\n', '') +
          ['1.50', '2', '1e3', '+4', ' 5 '].map((v, i) => `${v},${i}`).join('\n'),
      ),
      `${dir}/ev`,
    );
    expect(r.ev.meta.columns[0]?.type).toBe('real');
    expect(r.rows.map((x) => x.c0)).toEqual([1.5, 2, 1000, 4, 5]);
    expect(r.types.every((t) => t.c0 === 'real' || t.c0 === 'integer')).toBe(true);
  });

  it('infers category for low-cardinality text and text otherwise', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 300 }, (_, i) => [
      ['gold', 'silver', 'bronze'][i % 3] ?? '',
      `id-${i}`,
    ]);
    const r = await importFile(writeFile(dir, 'c.csv', csv('tier,id', rows)), `${dir}/ev`);
    expect(r.staged.columns.map((c) => c.inferredType)).toEqual(['category', 'text']);
  });

  it('keeps category values exact even when two of them share a hash', async () => {
    const dir = tempDir();
    // "njowqaa" and "xcaaaba" collide in the 32-bit hash used to count distinct values.
    const values = [
      'njowqaa',
      'xcaaaba',
      'gold',
      'njowqaa',
      'xcaaaba',
      'gold',
      'xcaaaba',
      'njowqaa',
    ];
    const r = await importFile(
      writeFile(dir, 'h.csv', `tier\n${values.join('\n')}\n`),
      `${dir}/ev`,
    );
    expect(r.rows.map((x) => x.c0)).toEqual(values);
  });
});
