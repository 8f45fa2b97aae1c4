/**
 * Writes resources/demo/fraud-predictions.csv: the prediction log of the fraud model "fraud-scorer"
 * that the demo postmortem (shared/template/demo-fraud.ts) is about. Run: npx tsx scripts/generate-demo-evidence.ts
 * [output path]; without one it overwrites the committed file.
 *
 * Deterministic: a fixed seed and no clock, so rerunning reproduces the committed file byte for byte.
 *
 * What is in it: 20,000 scored card payments over two days, 2026-03-11 and 2026-03-12 (UTC), with
 * day/night traffic. Columns (see DEMO_EVIDENCE_COLUMNS): timestamp (ISO 8601 UTC, whole seconds),
 * request_id, model_version, amount (log-normal, euros), merchant_category (8 values), country,
 * customer_age_days, transactions_last_24h, device_type (empty when missing), prediction (1 = flagged
 * as fraud), confidence (the probability the model gave its own answer, max(p, 1 - p)).
 *
 * The windows (exported as DEMO_EVIDENCE in shared/template/demo-evidence.ts):
 * - baseline: 2026-03-11 00:00 to 2026-03-12 00:00 UTC, v12 only;
 * - incident: 2026-03-12 02:00 to 05:00 UTC, v13 only (silently promoted, then rolled back);
 *   v12 again for the rest of 12 March.
 * What the incident window shows, by construction:
 * - amount ~100× larger: v13's serving pipeline passes cents where the model was trained on euros
 *   (the root cause), so the flag rate jumps from under 1% to about a quarter of all payments;
 * - confidence falls: many scores land in the middle instead of near 0;
 * - merchant_category UNMAPPED, never seen in the baseline (v13's new merchant-code table);
 * - device_type missing far more often (v13 reads the device from a header older apps do not send).
 * Values never contain commas or quotes, so a plain split on "," reads the file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_EVIDENCE, DEMO_EVIDENCE_COLUMNS } from '../shared/template/demo-evidence';

const SEED = 20260312;
const DAYS = ['2026-03-11', '2026-03-12'] as const;
const ROWS_PER_DAY = 10_000;

// Relative traffic per UTC hour: quiet nights, a lunchtime and an evening peak (Europe).
const HOURLY_WEIGHT = [
  0.62, 0.5, 0.45, 0.42, 0.48, 0.55, 0.6, 0.9, 1.15, 1.3, 1.4, 1.55, 1.65, 1.55, 1.45, 1.4, 1.45,
  1.6, 1.75, 1.8, 1.6, 1.25, 0.95, 0.7,
];

const CATEGORIES: readonly [string, number, number, number][] = [
  // name, share, typical amount multiplier, risk added to the logit
  ['groceries', 0.24, 0.55, -0.6],
  ['restaurants', 0.16, 0.6, -0.4],
  ['fuel', 0.09, 1.1, -0.2],
  ['fashion', 0.14, 1.4, 0.1],
  ['electronics', 0.1, 3.2, 0.7],
  ['travel', 0.08, 4.0, 0.4],
  ['digital_services', 0.12, 0.45, 0.9],
  ['health', 0.07, 0.9, -0.3],
];
const COUNTRIES: readonly [string, number, number][] = [
  ['NL', 0.38, 0],
  ['DE', 0.18, 0],
  ['BE', 0.12, 0],
  ['FR', 0.1, 0.1],
  ['ES', 0.06, 0.2],
  ['IT', 0.05, 0.2],
  ['GB', 0.06, 0.5],
  ['US', 0.05, 0.8],
];
const DEVICES: readonly [string, number][] = [
  ['ios_app', 0.34],
  ['android_app', 0.3],
  ['web_mobile', 0.2],
  ['web_desktop', 0.16],
];

const MEDIAN_AMOUNT_EUR = 38;
const AMOUNT_SIGMA = 1.05;
const BASELINE_MISSING_DEVICE = 0.015;
const INCIDENT_MISSING_DEVICE = 0.19;
const INCIDENT_UNMAPPED_SHARE = 0.11;

/** mulberry32: tiny, fast, and good enough for synthetic data; the seed fixes the whole file. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = makeRandom(SEED);

function normal(): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function pick<T extends readonly [string, number, ...unknown[]]>(options: readonly T[]): T {
  let r = random() * options.reduce((sum, option) => sum + option[1], 0);
  for (const option of options) {
    r -= option[1];
    if (r <= 0) return option;
  }
  return options[options.length - 1] as T;
}

function poisson(mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let product = random();
  while (product > limit) {
    k += 1;
    product *= random();
  }
  return k;
}

function hex(length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += Math.floor(random() * 16).toString(16);
  return out;
}

const incidentStart = Date.parse(DEMO_EVIDENCE.incident.start);
const incidentEnd = Date.parse(DEMO_EVIDENCE.incident.end);

function timestamps(): number[] {
  const total = HOURLY_WEIGHT.reduce((a, b) => a + b, 0);
  const out: number[] = [];
  for (const day of DAYS) {
    const midnight = Date.parse(`${day}T00:00:00Z`);
    HOURLY_WEIGHT.forEach((weight, hour) => {
      const count = Math.round((ROWS_PER_DAY * weight) / total);
      for (let i = 0; i < count; i += 1) {
        out.push(midnight + hour * 3_600_000 + Math.floor(random() * 3_600) * 1000);
      }
    });
  }
  return out.sort((a, b) => a - b);
}

function row(at: number, usedIds: Set<string>): string {
  const v13 = at >= incidentStart && at < incidentEnd;
  const [category, , amountScale, categoryRisk] = pick(CATEGORIES);
  const [country, , countryRisk] = pick(COUNTRIES);
  const euros = Math.max(
    0.5,
    Math.round(MEDIAN_AMOUNT_EUR * amountScale * Math.exp(AMOUNT_SIGMA * normal()) * 100) / 100,
  );
  // The root cause: v13's serving path hands the model the amount in cents.
  const amount = v13 ? Math.round(euros * 100) : euros;
  const newAccount = random() < 0.08;
  const ageDays = newAccount
    ? Math.floor(random() * 30)
    : Math.min(4000, Math.round(30 + 600 * Math.exp(0.9 * normal())));
  const recent = poisson(newAccount ? 3.2 : 2.1);
  const missingDevice = random() < (v13 ? INCIDENT_MISSING_DEVICE : BASELINE_MISSING_DEVICE);
  const device = missingDevice ? '' : pick(DEVICES)[0];
  const merchant = v13 && random() < INCIDENT_UNMAPPED_SHARE ? 'UNMAPPED' : category;

  // The same scoring function serves both versions: only what it is fed differs.
  const amountZ = (Math.log(amount) - Math.log(MEDIAN_AMOUNT_EUR)) / AMOUNT_SIGMA;
  const logit =
    -5.3 +
    1.05 * amountZ +
    0.35 * (recent - 2) +
    (newAccount ? 1.3 : 0) +
    countryRisk +
    (merchant === 'UNMAPPED' ? 0 : categoryRisk) +
    (missingDevice ? 0.3 : 0) +
    0.9 * normal();
  const p = 1 / (1 + Math.exp(-logit));
  const prediction = p >= 0.5 ? 1 : 0;
  const confidence = Math.max(p, 1 - p);

  let id = `r-${hex(12)}`;
  while (usedIds.has(id)) id = `r-${hex(12)}`;
  usedIds.add(id);

  return [
    new Date(at).toISOString().replace('.000Z', 'Z'),
    id,
    v13 ? 'v13' : 'v12',
    v13 ? String(amount) : euros.toFixed(2),
    merchant,
    country,
    String(ageDays),
    String(recent),
    device,
    String(prediction),
    confidence.toFixed(4),
  ].join(',');
}

function main(): void {
  const usedIds = new Set<string>();
  const lines = [DEMO_EVIDENCE_COLUMNS.join(',')];
  for (const at of timestamps()) lines.push(row(at, usedIds));
  const target =
    process.argv[2] !== undefined
      ? resolve(process.argv[2])
      : resolve(
          dirname(fileURLToPath(import.meta.url)),
          '../resources/demo',
          DEMO_EVIDENCE.fileName,
        );
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${lines.join('\n')}\n`, 'utf8');
  console.log(`Wrote ${lines.length - 1} rows to ${target}`);
}

main();
