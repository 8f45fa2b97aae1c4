import { describe, expect, it } from 'vitest';
import { ImportError, MAX_COLUMNS } from '../../../main/evidence/import';
import { importFile, listDir, tempDir, writeFile } from './helpers';

async function refusal(content: string | Buffer, name = 'bad.csv'): Promise<ImportError> {
  const dir = tempDir();
  const file = writeFile(dir, name, content);
  try {
    await importFile(file, `${dir}/ev`);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    const err = e as ImportError;
    // One clear message naming the file and what to do, never a stack trace.
    expect(err.message).toContain(name);
    expect(err.message).not.toMatch(/\n\s+at /);
    expect(err.hint.length).toBeGreaterThan(10);
    expect(listDir(`${dir}/ev`)).toEqual([]);
    return err;
  }
  throw new Error('expected the import to be refused');
}

describe('evidence import: refused input', () => {
  it('refuses an empty file', async () => {
    expect((await refusal('')).code).toBe('empty-file');
    expect((await refusal('\n\n')).code).toBe('empty-file');
  });

  it('refuses a header-only file', async () => {
    expect((await refusal('a,b,c\n')).code).toBe('header-only');
  });

  it('refuses binary data', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    expect((await refusal(bytes, 'photo.csv')).code).toBe('binary');
  });

  it('refuses an unterminated quote, naming the row', async () => {
    const err = await refusal('id,note\n1,ok\n2,"never closed\n3,x\n');
    expect(err.code).toBe('unterminated-quote');
    expect(err.row).toBe(3);
    expect(err.message).toContain('row 3');
  });

  it(`refuses more than ${MAX_COLUMNS} columns`, async () => {
    const header = Array.from({ length: MAX_COLUMNS + 500 }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: MAX_COLUMNS + 500 }, (_, i) => i).join(',');
    const err = await refusal(`${header}\n${row}\n`);
    expect(err.code).toBe('too-many-columns');
    expect(err.message).toContain('2,500');
  });

  it('reports an evidence folder that cannot be created as one clear error', async () => {
    const dir = tempDir();
    const file = writeFile(dir, 'ok.csv', 'a\n1\n');
    const notADir = writeFile(dir, 'taken', 'a file where the folder should be');
    await expect(importFile(file, `${notADir}/ev`)).rejects.toMatchObject({
      name: 'ImportError',
      code: 'unreadable',
      message: expect.stringContaining('ok.csv'),
    });
  });

  it('refuses a missing file', async () => {
    const dir = tempDir();
    await expect(importFile(`${dir}/nope.csv`, `${dir}/ev`)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('evidence import: imported with a warning and a bad-row report', () => {
  it('keeps ragged rows, filling or dropping fields, and reports each by row number', async () => {
    const dir = tempDir();
    const r = await importFile(
      writeFile(dir, 'ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n'),
      `${dir}/ev`,
    );
    expect(r.rows).toEqual([
      { c0: 1, c1: 2, c2: 3 },
      { c0: 4, c1: 5, c2: null },
      { c0: 6, c1: 7, c2: 8 },
      { c0: 10, c1: 11, c2: 12 },
    ]);
    expect(r.staged.badRows).toEqual([
      { row: 3, reason: expect.stringContaining('2 fields instead of 3') },
      { row: 4, reason: expect.stringContaining('4 fields instead of 3') },
    ]);
    expect(r.ev.meta.badRowCount).toBe(2);
    expect(r.ev.meta.warnings.join(' ')).toContain('2 row(s)');
  });

  it('skips rows holding NUL characters after the sniffed start, reporting them', async () => {
    const dir = tempDir();
    const lines = ['id,v'];
    for (let i = 0; i < 8000; i++) lines.push(`${i},value ${i}`);
    const text = `${lines.join('\n')}\n8000,bad\u0000byte\n8001,fine\n`;
    const r = await importFile(writeFile(dir, 'nul.csv', text), `${dir}/ev`);
    expect(r.rows).toHaveLength(8001);
    expect(r.rows.at(-1)).toEqual({ c0: 8001, c1: 'fine' });
    expect(r.staged.badRows).toEqual([{ row: 8002, reason: expect.stringContaining('NUL') }]);
  });

  it('names empty and duplicate header cells and says so', async () => {
    const dir = tempDir();
    const r = await importFile(writeFile(dir, 'h.csv', 'x,,x,x\n1,2,3,4\n5,6,7,8\n'), `${dir}/ev`);
    expect(r.ev.meta.columns.map((c) => c.name)).toEqual(['x', 'column_2', 'x (2)', 'x (3)']);
    expect(r.staged.warnings.length).toBe(3);
  });

  it('keeps hostile header names exactly, never in SQL', async () => {
    const dir = tempDir();
    const names = [
      '"; DROP TABLE rows; --',
      "it's",
      'a"b',
      'rowid',
      'SELECT * FROM meta',
      '  spaced  ',
      'ünï cødé 🚀',
      '[c0]',
    ];
    const header = names.map((n) => `"${n.replace(/"/g, '""')}"`).join(',');
    const r = await importFile(
      writeFile(dir, 'hostile.csv', `${header}\n${names.map((_, i) => i).join(',')}\n`),
      `${dir}/ev`,
    );
    expect(r.ev.meta.columns.map((c) => c.name)).toEqual(names);
    expect(r.ev.meta.columns.map((c) => c.physicalName)).toEqual(names.map((_, i) => `c${i}`));
    expect(Object.values(r.rows[0] ?? {})).toEqual(names.map((_, i) => i));
  });

  it(`imports ${MAX_COLUMNS} columns`, async () => {
    const dir = tempDir();
    const n = MAX_COLUMNS;
    const header = Array.from({ length: n }, (_, i) => `feature_${i}`).join(',');
    const rows = Array.from({ length: 30 }, (_, r) =>
      Array.from({ length: n }, (_, i) => r * n + i).join(','),
    );
    const r = await importFile(
      writeFile(dir, 'wide.csv', `${header}\n${rows.join('\n')}\n`),
      `${dir}/ev`,
    );
    expect(r.ev.meta.columns).toHaveLength(n);
    expect(r.ev.meta.rowCount).toBe(30);
    expect(r.rows[29]?.[`c${n - 1}`]).toBe(29 * n + n - 1);
  });

  it('imports a header wider than the 64 KiB first look at the file', async () => {
    const dir = tempDir();
    const names = Array.from(
      { length: 1500 },
      (_, i) => `a rather long column name number ${i} of this file`,
    );
    const text = `${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`;
    const r = await importFile(writeFile(dir, 'wide-header.csv', text), `${dir}/ev`);
    expect(r.ev.meta.columns.map((c) => c.name)).toEqual(names);
    expect(r.rows[0]?.c1499).toBe(1499);
  });

  it('imports a 5 MB field intact', async () => {
    const dir = tempDir();
    const big = 'x'.repeat(5 * 1024 * 1024 - 7) + ',"q"\n';
    const text = `id,blob,after\n1,"${big.replace(/"/g, '""')}",tail\n2,small,end\n`;
    const r = await importFile(writeFile(dir, 'huge.csv', text), `${dir}/ev`);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]?.c1).toBe(big);
    expect(r.rows[0]?.c2).toBe('tail');
    expect(r.rows[1]).toEqual({ c0: 2, c1: 'small', c2: 'end' });
  });
});
