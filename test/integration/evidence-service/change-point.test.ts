import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture, type EvidenceFixture } from './fixture';
import { mulberry32 } from '../../support/seeded-random';

/** Seeded PRNG and standard normal draws (Box-Muller), so every run writes the same file. */
function normals(seed: number): () => number {
  const next = mulberry32(seed);
  // Half a step up keeps the draw above 0, where the logarithm is finite.
  const uniform = () => next() + 0.5 / 4294967296;
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

const T0 = Date.parse('2026-02-01T00:00:00Z');
const ROWS = 2880; // one a minute for two days: 15-minute buckets

/** A log of a feature, a 0/1 flag and a segment; `shift` moves the feature's mean on [from, to). */
function writeLog(file: string, shift: { from: number; to: number; by: number } | null): void {
  const draw = normals(11);
  const lines = ['timestamp,feature_x,flag,segment'];
  for (let i = 0; i < ROWS; i++) {
    const inside = shift !== null && i >= shift.from && i < shift.to;
    const x = draw() + (inside ? shift.by : 0);
    const flag = draw() > 0.84 ? 1 : 0; // ~20 % whatever the time
    const segment = ['a', 'b', 'c'][Math.floor((draw() + 4) * 1000) % 3];
    lines.push(`${new Date(T0 + i * 60_000).toISOString()},${x.toFixed(5)},${flag},${segment}`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

let f: EvidenceFixture;
beforeAll(async () => (f = await openFixture()));
afterAll(() => f.close());

async function overviewOf(name: string, shift: Parameters<typeof writeLog>[1]) {
  const file = path.join(f.dataDir, name);
  writeLog(file, shift);
  const { evidence } = await f.service.importFile({ postmortemId: f.postmortemId, filePath: file });
  return f.service.timeOverview(evidence.id);
}

describe('the change point proposed as the incident', () => {
  it('finds a known shift of a feature’s mean where it starts and ends', async () => {
    // Rows 1980..2399: bucket 132 to bucket 160; the mean moves by one standard deviation.
    const overview = await overviewOf('shifted.csv', { from: 1980, to: 2400, by: 1 });
    expect(overview.bucketLabel).toBe('15 min');
    expect(overview.changePoint).toMatchObject({
      column: 'feature_x',
      measure: 'mean',
      start: new Date(T0 + 1980 * 60_000).toISOString(),
      end: new Date(T0 + 2400 * 60_000).toISOString(),
      effectMeasure: 'standardized-difference',
    });
    expect(overview.changePoint!.effect).toBeGreaterThan(0.8);
    expect(overview.changePoint!.inside - overview.changePoint!.outside).toBeCloseTo(1, 0);
  });

  it('proposes none on data without a change (noise never stands out)', async () => {
    const overview = await overviewOf('steady.csv', null);
    expect(overview.first).toBe(T0);
    expect(overview.changePoint).toBeNull();
  });

  it('proposes none for a shift below half a standard deviation, however clear', async () => {
    // 0.4 SD over the second day: |z| about 10, beyond chance, but not a large effect.
    const overview = await overviewOf('small.csv', { from: 1440, to: 2880, by: 0.4 });
    expect(overview.changePoint).toBeNull();
  });
});
