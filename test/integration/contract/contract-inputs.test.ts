import fc from 'fast-check';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { channels, contract, type ApiErrorCode } from '../../../shared/contract';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend, type Backend } from '../../../main/backend';
import { tempDir } from '../db/temp';
import { writeLogCsv } from '../evidence-service/csv';
import { inputFor } from './arbitrary-input';

const RUNS = Number(process.env.CONTRACT_FUZZ_RUNS ?? 1000);
const EXPECTED: ApiErrorCode[] = [
  'invalid_input',
  'not_found',
  'conflict',
  'refused',
  'unavailable',
  'cancelled',
];

let backend: Backend;
let ids: string[] = [];
const logged: string[] = [];
const stats = new Map<string, number>();

/** Every `id`-like string in a value: the ids a call can name that exist. */
function idsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (/(^id$|Id$)/.test(key) && typeof v === 'string') found.add(v);
      idsIn(v, found);
    }
  }
  return found;
}

async function value(channel: string, input: unknown): Promise<unknown> {
  const outcome = await dispatch(backend.handlers, channel, input, () => {});
  if (!outcome.ok) throw new Error(`${channel}: ${outcome.error.message}`);
  return outcome.value;
}

beforeAll(async () => {
  const dataDir = tempDir('pm-fuzz-');
  backend = await createBackend({
    dataDir,
    resourcesDir: path.resolve('resources'),
    log: (message) => logged.push(message),
  });
  const found = new Set<string>();
  for (const listed of (await value('postmortems.list', {})) as { id: string }[]) {
    idsIn(await value('postmortems.get', { id: listed.id }), found);
    idsIn(await value('evidence.list', { postmortemId: listed.id }), found);
    idsIn(await value('pins.list', { postmortemId: listed.id }), found);
    idsIn(await value('meeting.get', { postmortemId: listed.id }), found);
  }
  const csv = writeLogCsv(dataDir);
  const staged = await value('evidence.stage', { postmortemId: [...found][0], filePath: csv.file });
  idsIn(staged, found);
  ids = [...found, csv.file];
}, 60_000);

afterAll(async () => {
  await backend.stop();
});

// Every call of the contract with inputs shaped like its schema (ids that exist, enums, edges)
// and with anything at all: the answer is a value or a typed, expected error, never a throw, a
// hang or an internal error.
it(`answers ${RUNS} generated calls of the contract with a value or an expected error`, async () => {
  const calls = fc
    .constantFrom(...channels)
    .chain((channel) => inputFor(contract[channel].input, ids).map((input) => ({ channel, input })))
    // A PDF is printed by a Chromium (the report's own tests drive it): generated calls would
    // spend minutes printing.
    .filter(({ input }) => (input as { format?: unknown } | null)?.format !== 'pdf');
  const heapBefore = process.memoryUsage().heapUsed;
  await fc.assert(
    fc.asyncProperty(calls, async ({ channel, input }) => {
      // Both transports deliver JSON (or a structured clone of it).
      const sent = input === undefined ? undefined : JSON.parse(JSON.stringify(input));
      let timer: NodeJS.Timeout | undefined;
      const outcome = await Promise.race([
        dispatch(backend.handlers, channel, sent, (message, error) =>
          logged.push(`${message} ${String(error)}`),
        ),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`${channel} hung`)), 15_000);
        }),
      ]).finally(() => clearTimeout(timer));
      stats.set(
        outcome.ok ? 'ok' : outcome.error.code,
        (stats.get(outcome.ok ? 'ok' : outcome.error.code) ?? 0) + 1,
      );
      if (!outcome.ok) {
        expect(EXPECTED, `${channel}: ${outcome.error.code}: ${outcome.error.message}`).toContain(
          outcome.error.code,
        );
        expect(outcome.error.message.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: RUNS },
  );
  expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 1024 * 1024);
  // The generator is worth its runs only if many calls get past validation to the handlers.
  expect(stats.get('ok') ?? 0, JSON.stringify([...stats])).toBeGreaterThan(RUNS / 10);
}, 300_000);
