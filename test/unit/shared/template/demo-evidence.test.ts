import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagnosisQuestionId, isValidInstant } from '../../../../shared/domain';
import { DEMO_EVIDENCE, DEMO_EVIDENCE_COLUMNS } from '../../../../shared/template/demo-evidence';
import { DEMO_CSV_PATH, inWindow, median, readDemoCsv, share } from './demo-csv';

const { header, rows } = readDemoCsv();
const baseline = inWindow(rows, DEMO_EVIDENCE.baseline);
const incident = inWindow(rows, DEMO_EVIDENCE.incident);
const flagRate = (window: Record<string, string>[]) => share(window, (r) => r.prediction === '1');

describe('demo evidence file', () => {
  it('has the documented header, about 20,000 rows and stays small', () => {
    expect(header).toEqual([...DEMO_EVIDENCE_COLUMNS]);
    expect(rows.length).toBeGreaterThan(19_000);
    expect(rows.length).toBeLessThan(21_000);
    expect(statSync(DEMO_CSV_PATH).size).toBeLessThan(3_000_000);
    expect(readFileSync(DEMO_CSV_PATH, 'utf8')).not.toContain('"');
  });

  it('holds well-formed values in time order with unique request ids', () => {
    let previous = -Infinity;
    for (const row of rows) {
      expect(isValidInstant(row.timestamp!)).toBe(true);
      const at = Date.parse(row.timestamp!);
      expect(at).toBeGreaterThanOrEqual(previous);
      previous = at;
      expect(row.prediction === '0' || row.prediction === '1').toBe(true);
      const confidence = Number(row.confidence);
      expect(confidence >= 0.5 && confidence <= 1).toBe(true);
      expect(Number(row.amount)).toBeGreaterThan(0);
    }
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(rows.length);
  });

  it('shows v13 exactly in the incident window and v12 everywhere else', () => {
    expect(incident.length).toBeGreaterThan(300);
    expect(incident.every((r) => r.model_version === 'v13')).toBe(true);
    const outside = rows.filter((r) => !incident.includes(r));
    expect(outside.every((r) => r.model_version === 'v12')).toBe(true);
    expect(baseline.length).toBeGreaterThan(9_000);
  });

  it('makes the incident visible in the outputs', () => {
    expect(flagRate(baseline)).toBeLessThan(0.01);
    expect(flagRate(incident)).toBeGreaterThanOrEqual(3 * flagRate(baseline));
    expect(flagRate(incident)).toBeGreaterThan(0.2);
    const conf = (w: Record<string, string>[]) => median(w.map((r) => Number(r.confidence)));
    expect(conf(incident)).toBeLessThan(conf(baseline) - 0.1);
  });

  it('makes the causes visible in the inputs', () => {
    const amount = (w: Record<string, string>[]) => median(w.map((r) => Number(r.amount)));
    const ratio = amount(incident) / amount(baseline);
    expect(ratio).toBeGreaterThan(50);
    expect(ratio).toBeLessThan(200);
    expect(baseline.some((r) => r.merchant_category === 'UNMAPPED')).toBe(false);
    expect(share(incident, (r) => r.merchant_category === 'UNMAPPED')).toBeGreaterThan(0.05);
    const missing = (w: Record<string, string>[]) => share(w, (r) => r.device_type === '');
    expect(missing(baseline)).toBeGreaterThan(0);
    expect(missing(incident)).toBeGreaterThan(5 * missing(baseline));
    expect(new Set(baseline.map((r) => r.merchant_category)).size).toBe(8);
  });

  it('is exactly what the seeded generator writes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'demo-evidence-')), DEMO_EVIDENCE.fileName);
    const tsx = fileURLToPath(
      new URL('../../../../node_modules/tsx/dist/cli.mjs', import.meta.url),
    );
    const script = fileURLToPath(
      new URL('../../../../scripts/generate-demo-evidence.ts', import.meta.url),
    );
    execFileSync(process.execPath, [tsx, script, out], { stdio: 'pipe' });
    expect(readFileSync(out).equals(readFileSync(DEMO_CSV_PATH))).toBe(true);
  });

  it('pins charts to real questions and real columns', () => {
    for (const pin of DEMO_EVIDENCE.pins) {
      expect(diagnosisQuestionId.values).toContain(pin.question);
      if ('column' in pin) expect(header).toContain(pin.column);
      else expect(pin.kind).toBe('drift-table');
      expect(pin.caption).not.toBe('');
    }
    const pinned = new Set(DEMO_EVIDENCE.pins.map((p) => p.question));
    for (const q of ['data_drift', 'silent_deployment', 'weak_monitoring']) {
      expect(pinned.has(q as never)).toBe(true);
    }
    expect(Date.parse(DEMO_EVIDENCE.baseline.end)).toBeLessThanOrEqual(
      Date.parse(DEMO_EVIDENCE.incident.start),
    );
  });
});
