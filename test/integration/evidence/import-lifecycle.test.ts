import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  commitImport,
  discardImport,
  type ImportProgress,
  openEvidence,
  readBadRows,
  removeStalePartials,
  stageImport,
} from '../../../main/evidence/import';
import { importFile, listDir, tempDir, writeFile } from './helpers';

function bigCsv(dir: string, rows: number): string {
  const parts = ['t,id,value,label'];
  for (let i = 0; i < rows; i++) {
    parts.push(
      `${new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString()},${i},${(i % 1000) / 8},"label, ${i % 7}"`,
    );
  }
  return writeFile(dir, 'big.csv', `${parts.join('\n')}\n`);
}

const sha = (f: string): string =>
  crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('evidence import: whole or nothing', () => {
  it('reports progress and commits under the evidence id, leaving no partial', async () => {
    const dir = tempDir();
    const file = bigCsv(dir, 200_000);
    const seen: ImportProgress[] = [];
    const staged = await stageImport({
      filePath: file,
      evidenceDir: `${dir}/ev`,
      onProgress: (p) => seen.push(p),
    });
    expect(listDir(`${dir}/ev`)).toEqual([`${staged.stagingId}.${process.pid}.sqlite.partial`]);
    const last = seen.at(-1);
    expect(last).toMatchObject({
      bytesDone: fs.statSync(file).size,
      bytesTotal: fs.statSync(file).size,
      rows: 200_000,
    });
    expect(seen.every((p, i) => i === 0 || p.bytesDone >= (seen[i - 1]?.bytesDone ?? 0))).toBe(
      true,
    );
    expect(last?.rowsPerSecond).toBeGreaterThan(0);
    const ev = commitImport(staged);
    expect(listDir(`${dir}/ev`)).toEqual([`${ev.evidenceId}.sqlite`]);
    expect(ev.meta.rowCount).toBe(200_000);
    expect(ev.meta.timeColumn).toBe(0);
  });

  it('cancels mid-import leaving no file at all', async () => {
    const dir = tempDir();
    const file = bigCsv(dir, 300_000);
    const ac = new AbortController();
    let progressRows = 0;
    const run = stageImport({
      filePath: file,
      evidenceDir: `${dir}/ev`,
      signal: ac.signal,
      onProgress: (p) => {
        progressRows = p.rows;
        if (p.rows > 0) ac.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(progressRows).toBeGreaterThan(0);
    expect(progressRows).toBeLessThan(300_000);
    expect(listDir(`${dir}/ev`)).toEqual([]);
  });

  it('refuses to start when already aborted', async () => {
    const dir = tempDir();
    const ac = new AbortController();
    ac.abort();
    await expect(
      stageImport({ filePath: bigCsv(dir, 10), evidenceDir: `${dir}/ev`, signal: ac.signal }),
    ).rejects.toMatchObject({
      code: 'cancelled',
    });
  });

  it('discards a staged import, and refuses to commit it afterwards', async () => {
    const dir = tempDir();
    const staged = await stageImport({ filePath: bigCsv(dir, 100), evidenceDir: `${dir}/ev` });
    discardImport(staged);
    discardImport(staged);
    expect(listDir(`${dir}/ev`)).toEqual([]);
    expect(() => commitImport(staged)).toThrow(expect.objectContaining({ code: 'stale-staging' }));
  });

  it('cleans up the partial of a killed import, leaving committed evidence untouched', async () => {
    const dir = tempDir();
    const ev = `${dir}/ev`;
    const kept = await importFile(writeFile(dir, 'small.csv', 'a,b\n1,x\n2,y\n'), ev);
    const before = sha(kept.ev.path);
    const file = bigCsv(dir, 600_000);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'stage-child.ts'), file, ev],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('progress')) resolve();
      });
      child.on('exit', () => reject(new Error('the child ended before it was killed')));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const partials = listDir(ev).filter((n) => n.endsWith('.partial'));
    expect(partials).toHaveLength(1);
    // A new import (or an explicit cleanup) removes the stale partial and nothing else.
    expect(removeStalePartials(ev)).toEqual(partials);
    const again = await importFile(writeFile(dir, 'other.csv', 'k\n1\n'), ev);
    expect(listDir(ev)).toEqual(
      [`${kept.ev.evidenceId}.sqlite`, `${again.ev.evidenceId}.sqlite`].sort(),
    );
    expect(sha(kept.ev.path)).toBe(before);
    expect(openEvidence(kept.ev.path).meta.rowCount).toBe(2);
  }, 60_000);

  it('keeps a staged import of this process while another import cleans up', async () => {
    const dir = tempDir();
    const first = await stageImport({ filePath: bigCsv(dir, 50), evidenceDir: `${dir}/ev` });
    await importFile(writeFile(dir, 'b.csv', 'k\n1\n'), `${dir}/ev`);
    expect(commitImport(first).meta.rowCount).toBe(50);
  });
});

describe('evidence import: preview choices applied at commit', () => {
  it('applies renames, type changes and the time column, keeping unparsable cells as text', async () => {
    const dir = tempDir();
    const file = writeFile(
      dir,
      'p.csv',
      'when,code,score,flag\n2024-01-01,10,1.5,yes\n2024-01-02,20,oops,no\n2024-01-03,x7,2,yes\n',
    );
    const staged = await stageImport({ filePath: file, evidenceDir: `${dir}/ev` });
    expect(staged.columns.map((c) => c.inferredType)).toEqual([
      'instant',
      'text',
      'text',
      'boolean',
    ]);
    expect(staged.previewRows[1]).toEqual(['2024-01-02', '20', 'oops', 'no']);
    const ev = commitImport(staged, {
      columns: [
        { index: 1, name: 'Code "name"', type: 'integer' },
        { index: 2, type: 'real' },
        { index: 0, type: 'text' },
      ],
      timeColumn: null,
    });
    expect(ev.meta.columns.map((c) => [c.name, c.type, c.unparsedCount])).toEqual([
      ['when', 'text', 0],
      ['Code "name"', 'integer', 1],
      ['score', 'real', 1],
      ['flag', 'boolean', 0],
    ]);
    expect(ev.meta.timeColumn).toBeNull();
    const o = openEvidence(ev.path);
    expect(o.db.prepare('SELECT c0, c1, c2, c3 FROM rows ORDER BY rowid').all()).toEqual([
      // Written without a zone, so kept without one (never turned into a UTC claim).
      { c0: '2024-01-01T00:00:00.000', c1: 10, c2: 1.5, c3: 1 },
      { c0: '2024-01-02T00:00:00.000', c1: 20, c2: 'oops', c3: 0 },
      { c0: '2024-01-03T00:00:00.000', c1: 'x7', c2: 2, c3: 1 },
    ]);
    expect(o.meta.warnings.join(' ')).toContain('kept as text');
    expect(o.meta.warnings.join(' ')).toContain(
      '"when" are kept as text in ISO 8601 form, still without a zone',
    );
    o.close();
  });

  it('refuses a time column that is not an instant, and duplicate names, without losing the staging', async () => {
    const dir = tempDir();
    const staged = await stageImport({
      filePath: writeFile(dir, 'p.csv', 'a,b\n1,2\n'),
      evidenceDir: `${dir}/ev`,
    });
    expect(() => commitImport(staged, { timeColumn: 0 })).toThrow(
      expect.objectContaining({ code: 'bad-override' }),
    );
    expect(() => commitImport(staged, { columns: [{ index: 1, name: 'a' }] })).toThrow(
      expect.objectContaining({ code: 'bad-override' }),
    );
    expect(() =>
      commitImport(staged, { columns: [{ index: 1, type: 'instant' }], timeColumn: 1 }),
    ).not.toThrow();
  });

  it('indexes the time column only when the file is not already in time order', async () => {
    const dir = tempDir();
    const sorted = await importFile(
      writeFile(dir, 's.csv', 't,v\n2024-01-01,1\n2024-01-02,2\n'),
      `${dir}/ev`,
    );
    const unsorted = await importFile(
      writeFile(dir, 'u.csv', 't,v\n2024-01-02,1\n2024-01-01,2\n'),
      `${dir}/ev`,
    );
    const indexes = (file: string): unknown[] => {
      const o = openEvidence(file);
      try {
        return o.db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rows'")
          .all();
      } finally {
        o.close();
      }
    };
    expect(sorted.ev.meta.columns[0]?.sorted).toBe(true);
    expect(indexes(sorted.ev.path)).toEqual([]);
    expect(unsorted.ev.meta.columns[0]?.sorted).toBe(false);
    expect(indexes(unsorted.ev.path)).toEqual([{ name: 'rows_time' }]);
  });

  it('stores the bad-row report in the evidence file', async () => {
    const dir = tempDir();
    const r = await importFile(writeFile(dir, 'r.csv', 'a,b\n1,2\n3\n4,5\n'), `${dir}/ev`);
    const o = openEvidence(r.ev.path);
    expect(readBadRows(o.db)).toEqual([
      { row: 3, reason: expect.stringContaining('1 fields instead of 2') },
    ]);
    o.close();
  });
});
