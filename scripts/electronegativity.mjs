// `npm run test:security`: Electronegativity over the Electron shell, the preload, package.json and
// the built page; fails on any finding of MEDIUM severity or above (the tool itself always exits 0).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.electronegativity');
const input = path.join(work, 'input');
const report = path.join(work, 'report.csv');
const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

/**
 * Findings that are false positives, each with why. Matched on check id AND file, so the same check
 * anywhere else still fails the run.
 */
const ACCEPTED = [
  ...['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK'].map((id) => ({
    id,
    file: 'main/electron/window.ts',
    why:
      'the scanner reads only an object literal at `new BrowserWindow(...)`; createAppWindow() is ' +
      'the one place windows are made, from windowOptions() or presenterWindowOptions() ' +
      '(contextIsolation and sandbox true, Auxclick disabled), asserted by ' +
      'test/unit/main/electron/window-options.test.ts and test/unit/main/meeting/presenter-route.test.ts',
  })),
];

// The tool scans one folder: stage the files it should see, keeping their repository paths.
fs.rmSync(work, { recursive: true, force: true });
const sources = ['main/electron', 'main/host/csp.ts', 'preload', 'package.json'];
if (fs.existsSync(path.join(root, 'dist/renderer/index.html')))
  sources.push('dist/renderer/index.html');
for (const source of sources) {
  fs.cpSync(path.join(root, source), path.join(input, source), { recursive: true });
}

function scan() {
  fs.rmSync(report, { force: true });
  const run = spawnSync(
    process.execPath,
    [cli, '-i', input, '-o', report, '-r', '-e', electronVersion, '-v', 'false'],
    { cwd: root, encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0 || !fs.existsSync(report)) {
    console.error(run.stdout, run.stderr);
    console.error('Electronegativity did not run to the end; see above.');
    process.exit(2);
  }
}

/** The CSV has quoted fields with commas inside; a small state machine splits it. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

// The tool now and then writes its CSP check's row without the leading fields (an output race on
// its side). Such a report is scanned again; a second bad one fails: a finding is never skipped.
const readReport = () => parseCsv(fs.readFileSync(report, 'utf8'));
const complete = ([head = [], ...body]) =>
  body.every((r) => r.length <= 1 || r.length === head.length);
scan();
let parsed = readReport();
if (!complete(parsed)) {
  console.log('electronegativity: a row of the report came out incomplete; scanning again.');
  scan();
  parsed = readReport();
  if (!complete(parsed)) {
    console.error(`electronegativity: the report ${report} has incomplete rows twice; read it.`);
    process.exit(2);
  }
}
const [header = [], ...rows] = parsed;
const col = (name) => header.findIndex((h) => h.trim().toLowerCase() === name);
const at = { id: col('issue'), severity: col('severity'), confidence: col('confidence') };
at.file = col('filename');
at.location = col('location');
at.sample = col('sample');
const RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

const findings = rows
  .filter((r) => r.length > 1)
  .map((r) => ({
    id: r[at.id],
    severity: r[at.severity],
    confidence: r[at.confidence],
    file: r[at.file] === 'N/A' ? 'N/A' : path.relative(input, path.resolve(input, r[at.file])),
    location: r[at.location],
    sample: r[at.sample],
  }));

let failing = 0;
for (const f of findings) {
  const accepted = ACCEPTED.find(
    (a) => a.id === f.id && f.file.split(path.sep).join('/') === a.file,
  );
  const blocking = !accepted && (RANK[f.severity] ?? 4) >= RANK.MEDIUM;
  if (blocking) failing++;
  const mark = accepted ? 'accepted' : blocking ? 'FAIL' : 'note';
  console.log(`${mark.padEnd(8)} ${f.severity.padEnd(13)} ${f.id} ${f.file}:${f.location}`);
  if (accepted) console.log(`         (${accepted.why})`);
  else if (f.sample && f.sample !== 'N/A') console.log(`         ${f.sample.slice(0, 160)}`);
}
console.log(
  `electronegativity: ${findings.length} findings, ${failing} of MEDIUM or above not accepted ` +
    `(report: ${path.relative(root, report)})`,
);
process.exit(failing > 0 ? 1 : 0);
