import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareNumeric } from '../../../shared/stats';
import { BASELINE, col, INCIDENT, writeLogCsv } from '../evidence-service/csv';
import { cli } from '../../support/run-cli';

let dataDir: string;
let csv: { file: string; rows: string[][] };

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-cli-'));
  csv = writeLogCsv(dataDir);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the command line', () => {
  it('reads times written without a zone in the zone named, and says so', async () => {
    const [demo] = JSON.parse((await cli('list', '--data-dir', dataDir, '--json')).stdout) as {
      id: string;
    }[];
    const file = path.join(dataDir, 'local.csv');
    fs.writeFileSync(file, 'ts;amount\n2024-07-01 12:00:00;1,5\n2024-07-01 13:00:00;2\n');
    const args = ['import', file, '--data-dir', dataDir, '--postmortem', demo!.id];
    const text = await cli(...args, '--time-zone', 'Asia/Tokyo');
    expect(text.stdout).toContain('"ts": times written without a zone were read in Asia/Tokyo.');
    const json = await cli(...args, '--time-zone', 'America/New_York', '--json');
    const ev = JSON.parse(json.stdout) as { columns: Record<string, unknown>[] };
    expect(ev.columns).toEqual([
      expect.objectContaining({ name: 'ts', type: 'instant', wallClockZone: 'America/New_York' }),
      expect.objectContaining({ name: 'amount', type: 'real', decimalComma: true }),
    ]);
    const bad = await cli(...args, '--time-zone', 'Mars/Olympus');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/Unknown time zone/);
  });

  it('lists, imports and computes the drift table as JSON', async () => {
    const listed = await cli('list', '--data-dir', dataDir, '--json');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    const [demo] = JSON.parse(listed.stdout) as {
      id: string;
      title: string;
      evidence: unknown[];
    }[];
    expect(demo?.id).toMatch(/\S/);

    const imported = await cli(
      'import',
      csv.file,
      '--data-dir',
      dataDir,
      '--postmortem',
      demo!.id,
      '--json',
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const ev = JSON.parse(imported.stdout) as {
      evidenceId: string;
      rowCount: number;
      columns: { name: string; type: string }[];
      warnings: string[];
    };
    expect(ev.rowCount).toBe(3000);
    expect(ev.columns.find((c) => c.name === 'amount')?.type).toBe('text');
    expect(ev.columns.find((c) => c.name === 'timestamp')?.type).toBe('instant');

    const again = JSON.parse((await cli('list', '--data-dir', dataDir, '--json')).stdout) as {
      evidence: { id: string }[];
    }[];
    // Beside the demo's own evidence, imported on first use.
    expect(again[0]?.evidence.map((e) => e.id)).toContain(ev.evidenceId);

    const drift = await cli(
      'drift',
      '--data-dir',
      dataDir,
      '--evidence',
      ev.evidenceId,
      '--time-column',
      'timestamp',
      '--baseline',
      `${BASELINE.start}/${BASELINE.end}`,
      '--incident',
      `${INCIDENT.start}/${INCIDENT.end}`,
      '--json',
    );
    expect(drift.stderr).toBe('');
    expect(drift.code).toBe(0);
    const rows = JSON.parse(drift.stdout) as Record<string, unknown>[];
    // Every column once, features first, then the model's outputs, metadata, and the untested.
    expect(rows.map((r) => r.column).sort()).toEqual(ev.columns.map((c) => c.name).sort());
    const order = ['feature', 'prediction', 'label', 'metadata', 'time', 'identifier'];
    const ranks = rows.map((r) => order.indexOf(r.role as string));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(rows.find((r) => r.column === 'request_id')?.role).toBe('identifier');
    const clicks = rows.find((r) => r.column === 'clicks')!;
    const values = (from: number, to: number) =>
      csv.rows.slice(from, to).map((r) => Number(r[col('clicks')]));
    const expected = compareNumeric(values(0, 1200), values(2400, 3000));
    expect(clicks.ksStatistic).toBe(expected.ksStatistic);
    expect(clicks.ksPValue).toBe(expected.ksPValue);
    expect(clicks.psi).toBe(expected.psi);
    for (const key of [
      'chi2PValue',
      'decidingMeasure',
      'drift',
      'missingShareBaseline',
      'missingShareIncident',
      'unseenCategories',
      'outOfRangeShare',
    ]) {
      expect(clicks).toHaveProperty(key);
    }
    const segment = rows.find((r) => r.column === 'segment')!;
    expect(segment.unseenCategories).toEqual(['e']);
    expect(typeof segment.chi2PValue).toBe('number');
  });

  it('fails with a non-zero exit and one clear line on stderr', async () => {
    const cases = [
      await cli(
        'drift',
        '--data-dir',
        dataDir,
        '--evidence',
        'missing-id',
        '--baseline',
        `${BASELINE.start}/${BASELINE.end}`,
        '--incident',
        `${INCIDENT.start}/${INCIDENT.end}`,
      ),
      await cli(
        'import',
        path.join(dataDir, 'nope.csv'),
        '--data-dir',
        dataDir,
        '--postmortem',
        'x',
        '--json',
      ),
      await cli(
        'drift',
        '--data-dir',
        dataDir,
        '--evidence',
        'e',
        '--baseline',
        'yesterday',
        '--incident',
        'today',
      ),
      await cli('list', '--data-dir', dataDir, '--jsn'),
      await cli('frobnicate', '--data-dir', dataDir),
    ];
    for (const result of cases) {
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^error: \S/);
      expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
    expect(cases[0]?.stderr).toMatch(/no evidence with id "missing-id"/);
    expect(cases[2]?.code).toBe(2);
    expect(cases[3]?.stderr).toMatch(/--jsn/);
  });

  it('runs as a process: JSON on stdout, exit 0; a bad call exits 1 with one stderr line', () => {
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'main/cli/index.ts', ...args], {
        encoding: 'utf8',
        timeout: 60_000,
      });
    const ok = run('list', '--data-dir', dataDir, '--json');
    expect(ok.status).toBe(0);
    expect(Array.isArray(JSON.parse(ok.stdout))).toBe(true);
    const bad = run(
      'drift',
      '--data-dir',
      dataDir,
      '--evidence',
      'missing-id',
      '--baseline',
      'a/b',
      '--incident',
      'c/d',
    );
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^error: .*missing-id/),
    ]);
  }, 60_000);
});
