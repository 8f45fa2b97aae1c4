// The blameless-language check: its reach on the written corpus (recall on the blaming
// sentences, false-positive rate on the neutral ones) and its time per keystroke, i.e. one check
// of a whole field: a typical answer (300 characters) and a long one (5,000 characters).
//
//   npx tsx bench/language.bench.ts
//
// The last line, `BENCH_JSON {...}`, holds the figures for scripts/bench.mjs's summary.
import { checkLanguage } from '../shared/language';
import { BLAMING, CORPUS_NAMES, NEUTRAL } from '../test/fixtures/language/corpus';

const names = CORPUS_NAMES;
const flagged = (s: string) => checkLanguage(s, { names }).length > 0;
const recall = BLAMING.filter(flagged).length / BLAMING.length;
const falsePositiveRate = NEUTRAL.filter(flagged).length / NEUTRAL.length;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
function timePerCheck(text: string): number {
  const rounds: number[] = [];
  for (let r = 0; r < 15; r++) {
    const n = 200;
    const start = performance.now();
    for (let i = 0; i < n; i++) checkLanguage(text + (i % 2 ? ' ' : ''), { names });
    rounds.push((performance.now() - start) / n);
  }
  return median(rounds);
}
const corpusText = [...NEUTRAL, ...BLAMING].join(' ');
const typical = corpusText.slice(0, 300);
const long = corpusText.repeat(3).slice(0, 5000);
for (let i = 0; i < 500; i++) checkLanguage(typical, { names });
const typicalMs = timePerCheck(typical);
const longMs = timePerCheck(long);

console.log(
  `Corpus: ${BLAMING.length} blaming, ${NEUTRAL.length} neutral sentences; ` +
    `recall ${(recall * 100).toFixed(1)}%, false positives ${(falsePositiveRate * 100).toFixed(1)}%`,
);
console.log(
  `One check: ${typicalMs.toFixed(3)} ms (300 characters), ${longMs.toFixed(3)} ms (5,000)`,
);
console.log(
  `BENCH_JSON ${JSON.stringify({ blaming: BLAMING.length, neutral: NEUTRAL.length, recall, falsePositiveRate, typicalMs, longMs })}`,
);
