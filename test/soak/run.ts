// `npm run soak` (200 trials) and the short run in `npm test`: see soak.ts. Needs the build.
import { runSoak } from './soak';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? undefined : Number(process.argv[at + 1]);
  return value === undefined || !Number.isFinite(value) ? fallback : value;
}

const trials = flag('trials', 200);
const seed = flag('seed', Date.now() % 1_000_000);
const quiet = process.argv.includes('--quiet');
console.log(`Crash soak: ${trials} trials, seed ${seed} (repeat with --seed ${seed}).`);
const report = await runSoak({
  trials,
  chain: flag('chain', 20),
  seed,
  log: quiet ? () => {} : (line) => console.log(line),
});
const t = report.totals;
console.log(
  `${report.trials + report.firstStartKills} SIGKILLs (${report.firstStartKills} during a first start, ` +
    `${report.trials} during work) in ${report.seconds.toFixed(0)} s; ` +
    `acknowledged before the kills: ${t.saves} saves, ${t.captures} captures, ${t.steps} meeting steps, ` +
    `${t.imports} imports; ${report.databasesChecked} database checks.`,
);
if (report.problems.length > 0) {
  console.error(`FAILED: ${report.problems.length} problem(s):`);
  for (const problem of report.problems) console.error(`  ${problem}`);
  if (report.keptDataDir) console.error(`The data folder is kept: ${report.keptDataDir}`);
  process.exit(1);
}
console.log(
  'Every database passed integrity_check; no acknowledged write was lost; every import whole or absent; the meeting resumed on its step.',
);
