// Runs one import (stage + commit) of a CSV in its own process and prints a JSON line with the
// timings and the process's peak RSS sampled every 10 ms (the parse worker shares the process).
import fs from 'node:fs';
import { commitImport, stageImport } from '../main/evidence/import';

const [file, evidenceDir] = process.argv.slice(2);
async function main(): Promise<void> {
  if (!file || !evidenceDir) {
    console.error('usage: import-child.ts <csv> <evidenceDir>');
    process.exit(2);
  }
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  fs.rmSync(evidenceDir, { recursive: true, force: true });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const staged = await stageImport({ filePath: file, evidenceDir });
  const t1 = performance.now();
  const ev = commitImport(staged);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  console.log(
    JSON.stringify({
      rows: ev.meta.rowCount,
      stageMs: Math.round(t1 - t0),
      commitMs: Math.round(t2 - t1),
      totalMs: Math.round(t2 - t0),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMb: Math.round(peak / 1024 / 1024),
      types: ev.meta.columns.map((c) => `${c.name}:${c.type}`).join(' '),
    }),
  );
}

void main();
