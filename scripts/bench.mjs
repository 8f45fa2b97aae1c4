// `npm run bench -- [flags]`: builds what is stale, runs the import, query and window-memory
// benchmarks one after the other on the same generated prediction log, then prints one summary
// table: each figure, the target for it, and measured / target (at most 1 meets it).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { buildIfStale, root } from './build-if-stale.mjs';

const USAGE = `Usage: npm run bench -- [--rows N] [--quick] [--rows4m]
                        [--only import,queries,window,interactions,report,ops,library,language]
                        [--import-repeat N] [--query-repeat N] [--ui-repeat N]
  --rows N            rows of the generated prediction log (default 1000000; cached in .bench/)
  --quick             a smoke run: 200000 rows, one import of each kind, 5 query repeats
  --rows4m            also import 4x the rows once, for the peak-RSS growth target (slow)
  --only LIST         run only these benchmarks (import, queries, window, interactions, report, ops, library, language)
  --import-repeat N   alternating import runs of each kind, medians reported (default 3)
  --query-repeat N    repeats of each warm query, median reported (default 15)
  --ui-repeat N       runs of the window's interactions, medians reported (default 3)`;

const BENCHES = [
  'import',
  'queries',
  'window',
  'interactions',
  'report',
  'ops',
  'library',
  'language',
];

function parseFlags(argv) {
  const flags = { rows: 1_000_000, quick: false, rows4m: false, only: BENCHES };
  const value = (i, name) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) fail(`${name} needs a value.`);
    return v;
  };
  const count = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) fail(`${name} must be a whole number of at least 1.`);
    return n;
  };
  let rowsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--quick') flags.quick = true;
    else if (a === '--rows4m') flags.rows4m = true;
    else if (a === '--rows') {
      flags.rows = count(value(i++, a), a);
      rowsGiven = true;
    } else if (a === '--import-repeat') flags.importRepeat = count(value(i++, a), a);
    else if (a === '--query-repeat') flags.queryRepeat = count(value(i++, a), a);
    else if (a === '--ui-repeat') flags.uiRepeat = count(value(i++, a), a);
    else if (a === '--only') {
      flags.only = value(i++, a).split(',');
      const unknown = flags.only.filter((b) => !BENCHES.includes(b));
      if (unknown.length) fail(`--only knows ${BENCHES.join(', ')}; not ${unknown.join(', ')}.`);
    } else fail(`Unknown option ${a}.`);
  }
  if (flags.quick) {
    if (!rowsGiven) flags.rows = 200_000;
    flags.importRepeat ??= 1;
    flags.queryRepeat ??= 5;
    flags.uiRepeat ??= 1;
  }
  return flags;
}

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** Runs one bench under tsx, echoing its output, and returns the object of its BENCH_JSON line. */
function runBench(file, args) {
  console.log(`\n=== npx tsx ${file} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', file, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let figures = null;
    let pending = '';
    child.stdout.on('data', (chunk) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('BENCH_JSON ')) figures = JSON.parse(line.slice('BENCH_JSON '.length));
        else console.log(line);
      }
    });
    child.on('close', (code) => {
      if (pending) console.log(pending);
      if (code !== 0 || !figures) console.error(`${file} failed (exit ${code}).`);
      resolve(code === 0 ? figures : null);
    });
  });
}

const loadAverage = () =>
  fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : '?';
const count = (n) => n.toLocaleString('en-US');
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
const sec = (x) => `${(x / 1000).toFixed(2)} s`;

/** Rows of the summary: [figure, measured, target, ratio] where ratio = measured / limit. */
function summaryRows(
  importFigures,
  queryFigures,
  windowFigures,
  uiFigures,
  reportFigures,
  opsFigures,
  libraryFigures,
  languageFigures,
) {
  const out = [];
  const judged = (figure, shown, target, value, limit) =>
    out.push([figure, shown, target, value / limit]);
  const info = (figure, shown) => out.push([figure, shown, '', null]);
  const failed = (what) => out.push([`${what}: did not complete`, '-', '', null]);

  if (importFigures === undefined) {
    /* not run */
  } else if (importFigures === null) failed('import');
  else {
    const f = importFigures;
    judged(
      `import ${count(f.rows)} rows: ours / sqlite3 .import`,
      `${f.ratio.toFixed(2)}x`,
      '<= 0.80x',
      f.ratio,
      0.8,
    );
    info('  ours (stage + commit), median', sec(f.oursMs));
    info('  sqlite3 shell .import, median', sec(f.sqliteMs));
    info('  DuckDB read_csv_auto (upper reference)', sec(f.duckMs));
    info('  ours / DuckDB', `${(f.oursMs / f.duckMs).toFixed(2)}x`);
    info(`  machine load average (${os.cpus().length} cores)`, String(f.load));
    judged('peak RSS of the importing process', `${f.rss} MB`, '<= 300 MB', f.rss, 300);
    if (f.big) {
      judged(
        `  peak RSS at ${count(f.big.rows)} rows`,
        `${f.big.rss} MB`,
        '<= 300 MB',
        f.big.rss,
        300,
      );
      const growth = Math.max(0, f.big.rssGrowth);
      const shown = `${f.big.rssGrowth >= 0 ? '+' : ''}${Math.round(f.big.rssGrowth * 100)}%`;
      // A shrink meets the target outright; the ratio is of the growth to the 20% allowed.
      judged(
        `  RSS growth ${count(f.rows)} -> ${count(f.big.rows)} rows`,
        shown,
        '<= +20%',
        growth,
        0.2,
      );
      judged(
        `  import ${count(f.big.rows)} rows: ours / sqlite3`,
        `${f.big.ratio.toFixed(2)}x`,
        '<= 0.80x',
        f.big.ratio,
        0.8,
      );
    }
  }

  if (queryFigures === null) failed('queries');
  else if (queryFigures) {
    info(`queries on ${count(queryFigures.rows)} imported rows`, '');
    for (const line of queryFigures.lines) {
      if (line.target === null) info(`  ${line.what}`, ms(line.ms));
      else
        judged(`  ${line.what}`, ms(line.ms), `<= ${count(line.target)} ms`, line.ms, line.target);
    }
    info(
      '  histogram: SQL GROUP BY time / ours',
      `${(queryFigures.sqlGroupByMs / queryFigures.histogramMs).toFixed(1)}x`,
    );
  }

  if (windowFigures === null) failed('window memory');
  else if (windowFigures) {
    const { big, small, limitMb } = windowFigures;
    judged(
      `window JS heap, ${count(big.rows)} rows open (after GC)`,
      `${big.afterGcMb} MB`,
      `<= ${limitMb} MB`,
      big.afterGcMb,
      limitMb,
    );
    judged(
      '  largest heap seen while browsing it',
      `${big.peakMb} MB`,
      `<= ${limitMb} MB`,
      big.peakMb,
      limitMb,
    );
    info('  beside the JS heap: DOM heap, after GC', `${big.domHeapMb} MB`);
    info('  beside the JS heap: array buffers, strings', `${big.arrayBuffersMb} MB`);
    judged(
      `window JS heap, ${count(small.rows)}-row demo open (after GC)`,
      `${small.afterGcMb} MB`,
      `<= ${limitMb} MB`,
      small.afterGcMb,
      limitMb,
    );
    info(
      `  ${count(big.rows)} rows / demo, after GC`,
      `${(big.afterGcMb / small.afterGcMb).toFixed(2)}x`,
    );
  }
  if (uiFigures === null) failed('window interactions');
  else if (uiFigures) {
    info(`window interactions on ${count(uiFigures.rows)} rows (input to drawn frame, median)`, '');
    for (const f of uiFigures.figures) {
      judged(`  ${f.what}`, ms(f.ms), `<= ${count(f.target)} ms`, f.ms, f.target);
    }
  }
  if (reportFigures === null) failed('report');
  else if (reportFigures) {
    info('the demo report (7 pins recomputed, every section)', '');
    judged(
      `  PDF, ${reportFigures.pages} pages, printer warm (the app, panel open)`,
      sec(reportFigures.pdfMs),
      '<= 3.00 s',
      reportFigures.pdfMs,
      3000,
    );
    if (reportFigures.pdfColdMs !== undefined)
      judged(
        '  PDF, Chromium started for it (the command line)',
        sec(reportFigures.pdfColdMs),
        '<= 3.00 s',
        reportFigures.pdfColdMs,
        3000,
      );
    judged(
      '  Markdown with its SVG charts',
      ms(reportFigures.markdownMs),
      '<= 100 ms',
      reportFigures.markdownMs,
      100,
    );
    info('  Markdown, first after opening (cold evidence)', ms(reportFigures.markdownColdMs));
    if (reportFigures.bundleMs === null) info('  portable postmortem file', 'not built yet');
    else
      judged(
        '  portable postmortem file',
        ms(reportFigures.bundleMs),
        '<= 1,000 ms',
        reportFigures.bundleMs,
        1000,
      );
  }
  if (opsFigures === null) failed('editing');
  else if (opsFigures) {
    info(`editing a ${count(opsFigures.events)}-event postmortem through the browser host`, '');
    judged(
      `  operation round trip, p95 of ${count(opsFigures.ops)}`,
      ms(opsFigures.p95),
      '<= 20 ms',
      opsFigures.p95,
      20,
    );
    info('  operation round trip, p50', ms(opsFigures.p50));
    judged(
      '  main-thread time per keystroke, whole (Chromium included)',
      `${opsFigures.perKeyMs.toFixed(2)} ms`,
      '<= 2 ms',
      opsFigures.perKeyMs,
      2,
    );
    info('  the same, counting the idle page', `${opsFigures.rawPerKeyMs.toFixed(2)} ms`);
    info('  of which script (our code and React)', `${opsFigures.scriptPerKeyMs.toFixed(2)} ms`);
    info(
      '  a plain textarea in the same editor page',
      `${opsFigures.pageFloorPerKeyMs.toFixed(2)} ms`,
    );
    info(
      "  our field's share (the field over the plain textarea)",
      `${opsFigures.ownPerKeyMs.toFixed(2)} ms`,
    );
    if (opsFigures.staticPerKeyMs !== undefined) {
      info(
        '  the same page without any script (Chromium alone)',
        `${opsFigures.staticPerKeyMs.toFixed(2)} ms`,
      );
      const ours = Math.max(0, opsFigures.perKeyMs - opsFigures.staticPerKeyMs);
      judged(
        '  of which our code and React (the field over the script-free page)',
        `${ours.toFixed(2)} ms`,
        '<= 2 ms',
        ours,
        2,
      );
    }
    info('  a bare textarea on an empty page', `${opsFigures.floorPerKeyMs.toFixed(2)} ms`);
    // Flat script time as the document grows: a keystroke does no whole-document work.
    for (const b of opsFigures.bySize ?? []) {
      info(
        `  keystroke in a ${count(b.events)}-event postmortem: script / whole`,
        `${b.scriptPerKeyMs.toFixed(2)} / ${b.perKeyMs.toFixed(2)} ms`,
      );
    }
  }
  if (libraryFigures === null) failed('library');
  else if (libraryFigures) {
    const f = libraryFigures;
    info(`library of ${count(f.postmortems)} generated postmortems`, '');
    judged(
      `  search, slowest kind (${f.searchSlowest})`,
      ms(f.searchMs),
      '<= 50 ms',
      f.searchMs,
      50,
    );
    for (const s of f.searches) info(`    ${s.label} (${count(s.total)} match)`, ms(s.ms));
    info('  a written word found (apply + search)', ms(f.freshMs));
    if (f.trendsMs !== undefined) judged('  trends', ms(f.trendsMs), '<= 200 ms', f.trendsMs, 200);
    info(`  actions.board call (${count(f.boardRows)} actions)`, ms(f.boardCallMs));
    judged(
      '  library opens, every row shown (Chromium)',
      ms(f.libraryMs),
      '<= 500 ms',
      f.libraryMs,
      500,
    );
    judged(
      '  board opens, click to rows shown (Chromium)',
      ms(f.boardOpenMs),
      '<= 500 ms',
      f.boardOpenMs,
      500,
    );
  }
  if (languageFigures === null) failed('language');
  else if (languageFigures) {
    const f = languageFigures;
    const pct = (x) => `${(x * 100).toFixed(1)}%`;
    info(`blameless-language hints (${f.blaming} blaming, ${f.neutral} neutral sentences)`, '');
    // Recall is judged by its shortfall: a miss rate of at most 10% is a recall of at least 90%.
    judged('  recall on the blaming sentences', pct(f.recall), '>= 90%', 1 - f.recall, 0.1);
    judged(
      '  false positives on the neutral ones',
      pct(f.falsePositiveRate),
      '<= 5%',
      f.falsePositiveRate,
      0.05,
    );
    judged('  one check of a 300-character field', ms(f.typicalMs), '<= 1 ms', f.typicalMs, 1);
    judged('  one check of a 5,000-character field', ms(f.longMs), '<= 8 ms', f.longMs, 8);
  }
  return out;
}

function printSummary(header, rows) {
  const cells = rows.map(([figure, shown, target, ratio]) => [
    figure,
    shown,
    target,
    ratio === null ? '' : ratio.toFixed(2),
    ratio === null ? '' : ratio <= 1 ? 'ok' : 'OVER',
  ]);
  const titles = ['figure', 'measured', 'target', 'ratio', ''];
  const widths = titles.map((t, i) => Math.max(t.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c
      .map((v, i) => (i === 0 ? v.padEnd(widths[i]) : i === 4 ? v : v.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\n${header}`);
  console.log(line(titles));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const c of cells) console.log(line(c));
  console.log('ratio = measured / target: at most 1.00 meets the target.');
}

const flags = parseFlags(process.argv.slice(2));
const startedAt = new Date();
const loadBefore = loadAverage();
buildIfStale();
const rowsArg = ['--rows', String(flags.rows)];
let importFigures;
let queryFigures;
let windowFigures;
let uiFigures;
let reportFigures;
let opsFigures;
let libraryFigures;
if (flags.only.includes('import')) {
  importFigures = await runBench('bench/import.bench.ts', [
    ...rowsArg,
    ...(flags.importRepeat ? ['--repeat', String(flags.importRepeat)] : []),
    ...(flags.rows4m ? ['--rows4m'] : []),
  ]);
}
if (flags.only.includes('queries')) {
  queryFigures = await runBench('bench/queries.bench.ts', [
    ...rowsArg,
    ...(flags.queryRepeat ? ['--repeat', String(flags.queryRepeat)] : []),
  ]);
}
if (flags.only.includes('window')) {
  windowFigures = await runBench('bench/window-memory.bench.ts', rowsArg);
}
if (flags.only.includes('interactions')) {
  uiFigures = await runBench('bench/interactions.bench.ts', [
    ...rowsArg,
    ...(flags.uiRepeat ? ['--repeat', String(flags.uiRepeat)] : []),
  ]);
}
if (flags.only.includes('report')) {
  reportFigures = await runBench('bench/report.bench.ts', flags.quick ? ['--repeat', '3'] : []);
}

if (flags.only.includes('ops')) {
  opsFigures = await runBench('bench/ops.bench.ts', flags.quick ? ['--ops', '100'] : []);
}

if (flags.only.includes('library')) {
  libraryFigures = await runBench(
    'bench/library.bench.ts',
    flags.quick ? ['--postmortems', '500', '--repeat', '5'] : [],
  );
}

let languageFigures;
if (flags.only.includes('language')) {
  languageFigures = await runBench('bench/language.bench.ts', []);
}

const minutes = ((Date.now() - startedAt.getTime()) / 60_000).toFixed(1);
const header =
  `npm run bench ${process.argv.slice(2).join(' ')}`.trimEnd() +
  ` — ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores,` +
  ` Node ${process.versions.node}, load average ${loadBefore} before / ${loadAverage()} after, ${minutes} min`;
const rows = summaryRows(
  importFigures,
  queryFigures,
  windowFigures,
  uiFigures,
  reportFigures,
  opsFigures,
  libraryFigures,
  languageFigures,
);
printSummary(header, rows);
const broken = [
  importFigures,
  queryFigures,
  windowFigures,
  uiFigures,
  reportFigures,
  opsFigures,
  libraryFigures,
  languageFigures,
].some((f) => f === null);
process.exitCode = broken ? 1 : 0;
