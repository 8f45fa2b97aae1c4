// Seeded generator of a model's prediction log (11 columns, ~100 bytes a row, a third of the rows
// with a quoted free-text note holding commas and quotes). Same seed and rows -> same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../test/support/seeded-random';

const CATEGORIES = [
  'grocery',
  'electronics',
  'travel',
  'restaurants',
  'fuel',
  'fashion',
  'gaming',
  'pharmacy',
  'utilities',
  'gifts',
];
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'IN', 'JP', 'CA', 'MX'];
const NOTES = [
  'manual review, customer called',
  'flagged by rule "velocity_3"',
  'chargeback filed, see ticket',
  'retry after timeout, "soft" decline',
  'new device, first purchase',
];
export const HEADER =
  'timestamp,request_id,model_version,feature_a,feature_b,merchant_category,country,amount,prediction,confidence,note';

export function generatePredictionLog(file: string, rows: number, seed = 42): void {
  const rnd = mulberry32(seed);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  let t = Date.UTC(2024, 2, 1);
  let buf = HEADER + '\n';
  try {
    for (let i = 0; i < rows; i++) {
      t += 1 + Math.floor(rnd() * 60);
      const drift = i > rows * 0.6;
      const id =
        Math.floor(rnd() * 0xffffffff)
          .toString(16)
          .padStart(8, '0') + i.toString(16).padStart(8, '0');
      const fa = (rnd() * 10 - 5 + (drift ? 1.5 : 0)).toFixed(4);
      const fb = (rnd() * 100).toFixed(3);
      const cat = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)];
      const country = COUNTRIES[Math.floor(rnd() * COUNTRIES.length)];
      const amount = (Math.exp(rnd() * 7) + 1).toFixed(2);
      const conf = rnd();
      const prediction = conf > (drift ? 0.4 : 0.7) ? 1 : 0;
      let note = '';
      if (i % 3 === 0) {
        const n = NOTES[Math.floor(rnd() * NOTES.length)] ?? '';
        note = `"${n.replace(/"/g, '""')}, amount ${amount}"`;
      } else if (rnd() < 0.5) {
        note = 'ok';
      }
      buf += `${new Date(t).toISOString()},${id},${drift ? 'v13' : 'v12'},${fa},${fb},${cat},${country},${amount},${prediction},${conf.toFixed(4)},${note}\n`;
      if (buf.length > 1 << 20) {
        fs.writeSync(fd, buf);
        buf = '';
      }
    }
    fs.writeSync(fd, buf);
  } finally {
    fs.closeSync(fd);
  }
}

/** Path of the cached log for this many rows, generated when missing. */
export function ensurePredictionLog(dir: string, rows: number): string {
  const file = path.join(dir, `prediction-log-${rows}.csv`);
  if (!fs.existsSync(file)) generatePredictionLog(file, rows);
  return file;
}

if (process.argv[1] && /gen-prediction-log\.ts$/.test(process.argv[1])) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const out = process.argv[3] ?? path.join('.bench', `prediction-log-${rows}.csv`);
  generatePredictionLog(out, rows);
  console.log(`${out}: ${(fs.statSync(out).size / 1e6).toFixed(1)} MB`);
}
