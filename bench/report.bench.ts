// The report of the demo postmortem (its seven pins recomputed, every section), end to end as the
// export runs it: Markdown with its SVG charts, and the PDF (two printings by a Chromium found on
// the machine: started for the first export, then kept warm by the back end). Each figure is the median of the repeats after one warm-up
// (the warm-up reads the evidence's columns into the query worker, as browsing it first does).
//
//   npx tsx bench/report.bench.ts [--repeat 5]
//
// The last line, `BENCH_JSON {...}`, holds the figures for scripts/bench.mjs's summary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../main/backend';
import { callerOver } from '../main/export/caller';
import { repoResourcesDir } from '../main/resources-dir';

const i = process.argv.indexOf('--repeat');
const repeat = i >= 0 ? Number(process.argv[i + 1]) : 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-report-bench-'));
const resourcesDir = repoResourcesDir() ?? null;
const backend = await createBackend({
  dataDir,
  resourcesDir: resourcesDir ?? undefined,
  log: () => {},
});
try {
  const call = callerOver(() => backend.handlers);
  const [demo] = await call('postmortems.list', {});
  if (!demo) throw new Error('The demo postmortem was not seeded.');
  const choices = { anonymise: false, omit: [], paper: 'A4' as const };
  const run = async (format: 'md' | 'pdf' | 'bundle') => {
    const out = path.join(dataDir, `report.${format}`);
    const start = performance.now();
    const result = await backend.exports.toFile(
      { postmortemId: demo.id, format, choices, exportId: 'bench' },
      out,
    );
    return { ms: performance.now() - start, result };
  };
  const cold = await run('md');
  const md: number[] = [];
  for (let k = 0; k < Math.max(repeat, 5); k++) md.push((await run('md')).ms);
  // The first PDF starts Chromium (as the command line's export does); the next ones print on
  // the printer the back end keeps warm, as the app's do after the export panel opened.
  const first = await run('pdf');
  const pdfColdMs = first.ms;
  const pdf: number[] = [];
  let pages = first.result.pages ?? 0;
  for (let k = 0; k < repeat; k++) {
    const r = await run('pdf');
    pdf.push(r.ms);
    pages = r.result.pages ?? 0;
  }
  const bundle: number[] = [];
  let bundleBytes = 0;
  for (let k = 0; k < Math.max(repeat, 5); k++) {
    const r = await run('bundle');
    bundle.push(r.ms);
    bundleBytes = r.result.bytes;
  }
  console.log(
    `Portable file (${(bundleBytes / 1e6).toFixed(1)} MB): median ${median(bundle).toFixed(0)} ms`,
  );
  console.log(`Markdown, first after opening: ${cold.ms.toFixed(0)} ms`);
  console.log(`Markdown: median ${median(md).toFixed(1)} ms of ${md.length}`);
  console.log(`PDF (${pages} pages), Chromium started for it: ${pdfColdMs.toFixed(0)} ms`);
  console.log(
    `PDF (${pages} pages), printer warm: median ${median(pdf).toFixed(0)} ms of ${pdf.length}`,
  );
  console.log(
    `BENCH_JSON ${JSON.stringify({ bench: 'report', markdownMs: median(md), markdownColdMs: cold.ms, pdfMs: median(pdf), pdfColdMs, pages, bundleMs: median(bundle) })}`,
  );
} finally {
  backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
