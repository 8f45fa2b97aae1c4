import { describe, expect, it } from 'vitest';
import { importFile, tempDir, writeFile } from './helpers';

describe('evidence import: numbers written with a decimal comma', () => {
  it('reads 1,5 as 1.5 in a semicolon file, and says so in the preview', async () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      'eu.csv',
      'id;amount;score;label\n1;1,5;0,25;a\n2;12;0,5;b\n3;-3,75;1;a\n4;;0,125;b\n',
    );
    const r = await importFile(file, `${dir}/ev`);
    expect(r.staged.delimiter).toBe(';');
    const [, amount, score] = r.staged.columns;
    expect(amount).toMatchObject({ inferredType: 'real', decimalComma: true });
    expect(score).toMatchObject({ inferredType: 'real', decimalComma: true });
    expect(r.staged.warnings.join('\n')).toMatch(/"amount" are written with a decimal comma/);
    expect(r.rows.map((x) => x.c1)).toEqual([1.5, 12, -3.75, null]);
    expect(r.rows.map((x) => x.c2)).toEqual([0.25, 0.5, 1, 0.125]);
    expect(r.types.map((t) => t.c1)).toEqual(['real', 'real', 'real', 'null']);
    expect(r.ev.meta.columns[1]).toMatchObject({
      type: 'real',
      unparsedCount: 0,
      decimalComma: true,
    });
  });

  it('reads quoted decimal commas in a comma-delimited file', async () => {
    const dir = tempDir();
    const file = writeFile(dir, 'quoted.csv', 'name,price\nx,"2,5"\ny,"10,05"\nz,"0,333"\n');
    const r = await importFile(file, `${dir}/ev`);
    expect(r.staged.columns[1]).toMatchObject({ inferredType: 'real', decimalComma: true });
    expect(r.rows.map((x) => x.c1)).toEqual([2.5, 10.05, 0.333]);
  });

  it('leaves thousands-like values (1,500) and mixed separators as text', async () => {
    const dir = tempDir();
    const file = writeFile(dir, 'ambiguous.csv', 'a;b;c\n"1,500";1,5;x\n"2,000";2.5;y\n"12";3;z\n');
    const r = await importFile(file, `${dir}/ev`);
    const [a, b] = r.staged.columns;
    // Every comma value has three digits after it: could be 1500; never read as 1.5.
    expect(a?.inferredType).not.toBe('real');
    expect(a?.decimalComma).toBe(false);
    // A decimal point beside a decimal comma: which one is meant is unclear.
    expect(b?.inferredType).not.toBe('real');
    expect(r.rows.map((x) => x.c0)).toEqual(['1,500', '2,000', '12']);
  });

  it('keeps the text as written when the column is chosen as text', async () => {
    const dir = tempDir();
    const file = writeFile(dir, 'keep.csv', 'v;w\n1,5;1\n2,25;2\n');
    const r = await importFile(file, `${dir}/ev`, {}, { columns: [{ index: 0, type: 'text' }] });
    expect(r.rows.map((x) => x.c0)).toEqual(['1,5', '2,25']);
    expect(r.ev.meta.columns[0]?.decimalComma).toBe(false);
  });
});
