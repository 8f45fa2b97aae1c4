// A library of generated postmortems for the library benchmark: each is the demo's full text
// (every section written) with its own title, model, severity, status, dates, root-cause layers,
// actions (owners, due dates, statuses) and a few words of its own, so searches hit some, many or
// all of them. Deterministic (a seeded generator), written straight through the repository.
import path from 'node:path';
import { openWritable } from '../main/db/connection';
import { migrate } from '../main/db/migrate';
import { PostmortemRepository } from '../main/postmortems/repository';
import { documentStatus, rootCauseLayer, severity, type PostmortemContent } from '../shared/domain';
import { demoPostmortem } from '../shared/template';

const MODELS = ['fraud-scorer', 'churn-gbm', 'ranker', 'pricing', 'support-llm', 'eta', 'credit'];
const OWNERS = ['Amara Obi', 'Bo Chen', 'Carla Ruiz', 'Dev Patel', 'Eun-ji Park', 'Finn Berg'];
const WORDS = ['threshold', 'backfill', 'schema', 'latency', 'holiday', 'vendor', 'cache', 'label'];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const day = (r: () => number, fromYear: number) =>
  `${fromYear + Math.floor(r() * 2)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;

export function generatedPostmortem(i: number): PostmortemContent {
  const r = random(i + 1);
  const base = demoPostmortem();
  const model = pick(r, MODELS);
  const word = pick(r, WORDS);
  const started = `${day(r, 2024)}T0${Math.floor(r() * 9)}:00:00Z`;
  const detected = new Date(Date.parse(started) + Math.floor(r() * 6 * 3600_000)).toISOString();
  return {
    ...base,
    title: `${model} incident ${i}: ${word} problem`,
    status: pick(r, documentStatus.values),
    summary: {
      ...base.summary,
      modelName: model,
      severity: pick(r, severity.values),
      startedAt: started,
      detectedAt: detected,
      endedAt: null,
      whatHappened: `${base.summary.whatHappened} The ${word} of ${model} (case ${i}) was involved.`,
    },
    rootCauses: base.rootCauses.map((c) => ({ ...c, layer: pick(r, rootCauseLayer.values) })),
    actions: base.actions.map((a) => ({
      ...a,
      owner: pick(r, OWNERS),
      dueDate: day(r, 2025),
      status: pick(r, ['open', 'open', 'in_progress', 'done'] as const),
    })),
  };
}

/** Writes `count` generated postmortems into `dir`'s documents database; returns its path. */
export function generateLibrary(dir: string, count: number): string {
  const file = path.join(dir, 'documents.sqlite');
  const db = openWritable(file);
  migrate(db);
  const repo = new PostmortemRepository(db);
  db.transaction(() => {
    for (let i = 0; i < count; i++) repo.create(generatedPostmortem(i));
  })();
  db.close();
  return file;
}
