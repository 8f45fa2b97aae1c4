import { describe, expect, it } from 'vitest';
import { importFile, tempDir, writeFile } from './helpers';

describe('evidence import: encodings', () => {
  it('reads UTF-8 with a byte-order mark and keeps accents', async () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      'bom.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,n\ncafé,1\nnaïve,2\n')]),
    );
    const r = await importFile(file, `${dir}/ev`);
    expect(r.staged.encoding).toBe('utf-8');
    expect(r.ev.meta.columns[0]?.name).toBe('name');
    expect(r.rows.map((x) => x.c0)).toEqual(['café', 'naïve']);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    const dir = tempDir();
    const text = 'ville,n\nZürich,1\n東京,2\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    const a = await importFile(writeFile(dir, 'le.csv', le), `${dir}/ev`);
    const b = await importFile(writeFile(dir, 'be.csv', be), `${dir}/ev`);
    expect(a.staged.encoding).toBe('utf-16le');
    expect(b.staged.encoding).toBe('utf-16be');
    for (const r of [a, b]) {
      expect(r.ev.meta.columns.map((c) => c.name)).toEqual(['ville', 'n']);
      expect(r.rows).toEqual([
        { c0: 'Zürich', c1: 1 },
        { c0: '東京', c1: 2 },
      ]);
    }
  });

  it('refuses windows-1252 bytes as UTF-8 with a clear choice, then reads them when asked', async () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      'legacy.csv',
      Buffer.from([
        ...Buffer.from('name,price\n'),
        0x63,
        0x61,
        0x66,
        0xe9,
        ...Buffer.from(',3\n'),
        0x80,
        ...Buffer.from(',4\n'),
      ]),
    );
    await expect(importFile(file, `${dir}/ev`)).rejects.toMatchObject({
      code: 'invalid-encoding',
      choices: ['windows-1252', 'latin1'],
      message: expect.stringContaining('legacy.csv'),
    });
    const r = await importFile(file, `${dir}/ev`, { encoding: 'windows-1252' });
    expect(r.rows.map((x) => x.c0)).toEqual(['café', '€']);
    const l = await importFile(file, `${dir}/ev`, { encoding: 'latin1' });
    expect(l.rows.map((x) => x.c0)).toEqual(['café', '\u0080']);
  });

  it('names the row when invalid UTF-8 appears after the first 64 KiB', async () => {
    const dir = tempDir();
    const lines = ['id,text'];
    for (let i = 0; i < 5000; i++) lines.push(`${i},plain ascii text number ${i}`);
    const head = Buffer.from(`${lines.join('\n')}\n`);
    const file = writeFile(
      dir,
      'late.csv',
      Buffer.concat([head, Buffer.from([0x39, 0x2c, 0xff, 0x0a])]),
    );
    await expect(importFile(file, `${dir}/ev`)).rejects.toMatchObject({
      code: 'invalid-encoding',
      row: expect.any(Number),
    });
    expect((await import('./helpers')).listDir(`${dir}/ev`)).toEqual([]);
  });
});

describe('evidence import: delimiters, line ends, quotes', () => {
  for (const [name, d] of [
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
  ] as const) {
    it(`detects the ${name} delimiter`, async () => {
      const dir = tempDir();
      const text = [`a${d}b${d}c`, `1${d}x y${d}2.5`, `2${d}"q${d}uoted"${d}3.5`].join('\n');
      const r = await importFile(writeFile(dir, 'd.csv', text), `${dir}/ev`);
      expect(r.staged.delimiter).toBe(d);
      expect(r.rows).toEqual([
        { c0: 1, c1: 'x y', c2: 2.5 },
        { c0: 2, c1: `q${d}uoted`, c2: 3.5 },
      ]);
    });
  }

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const) {
    it(`reads ${name} line ends, with a line end inside quotes kept as written`, async () => {
      const dir = tempDir();
      const text =
        ['id,note', `1,"two${eol}lines"`, '2,"a ""quoted"" word, and a comma"', '3,plain'].join(
          eol,
        ) + eol;
      const r = await importFile(writeFile(dir, 'e.csv', text), `${dir}/ev`);
      expect(r.rows).toEqual([
        { c0: 1, c1: `two${eol}lines` },
        { c0: 2, c1: 'a "quoted" word, and a comma' },
        { c0: 3, c1: 'plain' },
      ]);
      expect(r.staged.badRowCount).toBe(0);
    });
  }

  it('reads a last line without a line end and a trailing empty field', async () => {
    const dir = tempDir();
    const r = await importFile(writeFile(dir, 't.csv', 'a,b,c\n1,2,\n3,4,5'), `${dir}/ev`);
    expect(r.rows).toEqual([
      { c0: 1, c1: 2, c2: null },
      { c0: 3, c1: 4, c2: 5 },
    ]);
  });

  it('reads a file without a header when its first row holds numbers', async () => {
    const dir = tempDir();
    const r = await importFile(writeFile(dir, 'n.csv', '1,2\n3,4\n'), `${dir}/ev`);
    expect(r.staged.hasHeader).toBe(false);
    expect(r.ev.meta.columns.map((c) => c.name)).toEqual(['column_1', 'column_2']);
    expect(r.rows).toHaveLength(2);
  });

  it('keeps every row when row sizes change abruptly between chunks', async () => {
    const dir = tempDir();
    const parts = ['n,t', `0,"${'long '.repeat(100_000)}"`];
    for (let i = 1; i < 200_000; i++)
      parts.push(i % 50_000 === 0 ? `${i},"${'x'.repeat(300_000)}"` : `${i},`);
    const r = await importFile(writeFile(dir, 'sizes.csv', `${parts.join('\n')}\n`), `${dir}/ev`);
    expect(r.rows).toHaveLength(200_000);
    expect(r.rows.every((row, i) => row.c0 === i)).toBe(true);
    expect(r.rows[100_000]?.c1).toBe('x'.repeat(300_000));
    expect(r.rows[100_001]?.c1).toBeNull();
  });

  it('reads quoted fields across the chunk boundaries of the reader', async () => {
    const dir = tempDir();
    const parts = ['id,note'];
    for (let i = 0; i < 60000; i++) parts.push(`${i},"line ${i}, with ""quotes""\nand a newline"`);
    const r = await importFile(writeFile(dir, 'big.csv', parts.join('\n')), `${dir}/ev`);
    expect(r.rows).toHaveLength(60000);
    for (const i of [0, 17000, 34567, 59999]) {
      expect(r.rows[i]).toEqual({ c0: i, c1: `line ${i}, with "quotes"\nand a newline` });
    }
  });
});
