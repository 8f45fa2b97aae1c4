import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineText, parser } from '../../unit/shared/report/markdown-text';
import { openDemo, type DemoBackend } from './demo-backend';
import { cli } from '../../support/run-cli';

let demo: DemoBackend;

beforeAll(async () => {
  demo = await openDemo();
  // The CLI opens the same folder itself; the test's own back end must let go of it first.
  demo.backend.close();
});
afterAll(() => fs.rmSync(demo.dataDir, { recursive: true, force: true }));

describe('export --format md', () => {
  it('writes the report with its charts as SVG files beside it, linked relatively', async () => {
    const out = path.join(demo.dataDir, 'out', 'fraud report.md');
    const result = await cli(
      'export',
      '--data-dir',
      demo.dataDir,
      '--postmortem',
      demo.demoId,
      '--format',
      'md',
      '--out',
      out,
      '--json',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { path: string; bytes: number; pages: number | null };
    expect(json).toEqual({ path: out, bytes: fs.statSync(out).size, pages: null });
    const markdown = fs.readFileSync(out, 'utf8');
    const tokens = parser.parse(markdown, {});
    const images = tokens.flatMap((t) => t.children ?? []).filter((t) => t.type === 'image');
    // Six charts (five histograms and time series... every pin but the drift table, which is a
    // table), then the cause tree and the fishbone of the root-cause section.
    expect(images).toHaveLength(8);
    expect(images.slice(6).map((i) => i.content.replace(/^Figure \d+: /, ''))).toEqual([
      'Cause tree',
      'Fishbone of the causes by layer',
    ]);
    for (const image of images) {
      const src = decodeURI(String(image.attrGet('src') ?? ''));
      expect(src).toMatch(/^fraud report-files\/figure-\d+\.svg$/);
      const svg = fs.readFileSync(path.join(path.dirname(out), src), 'utf8');
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toMatch(/<\/svg>$/);
      expect(svg).not.toMatch(/<script|on[a-z]+=|href/i);
    }
    // The drift table is a real table, with the demo's drifting columns.
    expect(markdown).toMatch(/\| amount +\| Wasserstein \(normed\) +\| +51\.5 \|/);
    expect(markdown).toContain('## Appendix C. Meeting log');
    // The figures are on the clock page 1 uses (the demo is kept in Europe/Amsterdam): the pinned
    // windows, the series' axis and ticks read as the incident's 03:00–06:00, not UTC's 02:00–05:00.
    const prose = tokens
      .filter((t) => t.type === 'inline')
      .map((t) => inlineText(t).replace(/<<\w+>>/g, ''))
      .join('\n');
    expect(prose).toContain(
      'Incident: 2026-03-12 03:00 Europe/Amsterdam (UTC+01:00) – 2026-03-12 06:00 Europe/Amsterdam (UTC+01:00)',
    );
    expect(prose).toContain(
      'Baseline: timestamp in [2026-03-11 01:00, 2026-03-12 01:00) Europe/Amsterdam (UTC+01:00) (10,001 values);' +
        ' incident: timestamp in [2026-03-12 03:00, 2026-03-12 06:00) Europe/Amsterdam (UTC+01:00) (498 values).',
    );
    expect(prose).not.toMatch(/\d\d:\d\d UTC\b/);
    const series = fs.readFileSync(
      path.join(path.dirname(out), 'fraud report-files', 'figure-5.svg'),
      'utf8',
    );
    expect(series).toContain('Time in Europe/Amsterdam (UTC+01:00), timestamp, buckets of 15 min');
    expect([...series.matchAll(/font-size="10"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
      '03-11 01:00',
      '03-11 09:00',
      '03-11 17:00',
      '03-12 01:00',
      '03-12 09:00',
      '03-12 17:00',
      '03-13 01:00',
    ]);
    expect(markdown).toContain('| Marit de Vries | Facilitator |');
  });

  it('replaces names by roles with --roles, charts included', async () => {
    const out = path.join(demo.dataDir, 'roles', 'report.md');
    const result = await cli(
      'export',
      '--data-dir',
      demo.dataDir,
      '--postmortem',
      demo.demoId,
      '--format',
      'md',
      '--out',
      out,
      '--roles',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*report\.md \(\d+ bytes\)\.\n$/);
    const everything = [
      out,
      ...fs
        .readdirSync(path.join(path.dirname(out), 'report-files'))
        .map((f) => path.join(path.dirname(out), 'report-files', f)),
    ]
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    for (const name of ['Marit', 'Tomás', 'Lukas', 'Brandt', 'Priya', 'Aylin', 'Sophie'])
      expect(everything).not.toContain(name);
    expect(everything).toMatch(/\| Facilitator +\| Facilitator +\|/);
  });

  it('refuses a bad format or an unknown postmortem in one line', async () => {
    const bad = await cli(
      'export',
      '--data-dir',
      demo.dataDir,
      '--postmortem',
      demo.demoId,
      '--format',
      'docx',
      '--out',
      'x',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^error: --format must be one of pdf, md, bundle, not "docx"\..*\n$/,
    );
    const missing = await cli(
      'export',
      '--data-dir',
      demo.dataDir,
      '--postmortem',
      'nope',
      '--format',
      'md',
      '--out',
      path.join(demo.dataDir, 'x.md'),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n')).toHaveLength(2);
    expect(missing.stderr).toMatch(/nope/);
  });
});
