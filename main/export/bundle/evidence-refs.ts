import type Database from 'better-sqlite3';
import { evidenceIdsOf, pinSpecSchema, windowSchema } from '../../../shared/evidence';
import { ScreenEvidenceSchema } from '../../../shared/meeting/screen';
import { quote } from './tables';

/** The evidence ids a stored JSON value names, or null when its reader could not read it. */
type Names = (value: unknown) => string[] | null;

interface EvidenceInJson {
  table: string;
  column: string;
  /** The column naming the row in a message (the file holds one postmortem). */
  key: string;
  names: Names;
  /** A table listing the same references as rows, which must agree (it drives deletion). */
  mirror?: { table: string; key: string; evidence: string };
}

// The evidence workspace reads a saved window it cannot parse as no windows; only one it can
// parse names evidence.
const windowNames: Names = (value) => {
  const w = windowSchema.safeParse(value);
  return w.success && w.data.kind === 'evidence' ? [w.data.evidenceId] : [];
};

/**
 * Where rows name evidence inside JSON, which no foreign key sees: the readers (pins.ts,
 * registry.ts, screen-store.ts) query whatever evidence id they find there.
 */
const EVIDENCE_IN_JSON: readonly EvidenceInJson[] = [
  {
    table: 'pins',
    column: 'spec_json',
    key: 'id',
    // The pin reader parses every spec: one it cannot read fails all the postmortem's pins.
    names: (value) => {
      const spec = pinSpecSchema.safeParse(value);
      return spec.success ? evidenceIdsOf(spec.data) : null;
    },
    mirror: { table: 'pin_evidence', key: 'pin_id', evidence: 'evidence_id' },
  },
  { table: 'evidence_windows', column: 'baseline_json', key: 'evidence_id', names: windowNames },
  { table: 'evidence_windows', column: 'incident_json', key: 'evidence_id', names: windowNames },
  {
    table: 'meeting_screens',
    column: 'evidence_json',
    key: 'step_id',
    names: (value) => {
      if (value === null) return [];
      const shown = ScreenEvidenceSchema.safeParse(value);
      return shown.success ? evidenceIdsOf(shown.data.spec) : null;
    },
  },
];

/**
 * Why a portable file's JSON names evidence that is not its own, or null. The import re-keys the
 * evidence ids the file holds wherever they appear, JSON included; an id it does not hold would
 * stay as written, and the imported postmortem would chart whatever this folder holds under it
 * (another postmortem's evidence). Run after strayRows' checks, so every evidence row and every
 * mirror row of the file is already known to be the file's postmortem's.
 */
export function strayEvidenceInJson(
  bundle: Database.Database,
  db: Database.Database,
  present: ReadonlySet<string>,
): string | null {
  const held = new Set(
    present.has('evidence')
      ? (bundle.prepare('SELECT id FROM evidence').pluck().all() as unknown[])
      : [],
  );
  for (const ref of EVIDENCE_IN_JSON) {
    if (!present.has(ref.table)) continue;
    const columns = new Set(
      bundle.prepare('SELECT name FROM pragma_table_xinfo(?)').pluck().all(ref.table) as string[],
    );
    // An older file without the column: this folder's default (no evidence) applies.
    if (!columns.has(ref.column) || !columns.has(ref.key)) continue;
    const mirrored = ref.mirror && mirrorOf(bundle, present, ref.mirror);
    const rows = bundle
      .prepare(`SELECT ${quote(ref.key)}, ${quote(ref.column)} FROM ${quote(ref.table)}`)
      .raw()
      .iterate() as Iterable<[unknown, unknown]>;
    for (const [key, text] of rows) {
      // The key is the file's: quoted and cut, so an edited one keeps the message on one line.
      const where = `(${ref.column} of the row whose ${ref.key} is ${JSON.stringify(String(key).slice(0, 100))})`;
      const names = ref.names(parsed(text));
      if (!names) return `holds rows in table ${ref.table} that cannot be read ${where}`;
      const stray = names.find((id) => !held.has(id));
      if (stray !== undefined) {
        const elsewhere = db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(stray);
        return elsewhere
          ? `holds rows in table ${ref.table} that name another postmortem's evidence ${where}`
          : `holds rows in table ${ref.table} that name evidence it does not hold ${where}`;
      }
      if (mirrored && !sameSet(names, mirrored.get(key) ?? [])) {
        return `holds rows in table ${ref.table} whose evidence is not the one their ${ref.mirror!.table} rows name ${where}`;
      }
    }
  }
  return null;
}

/** A stored JSON text as its reader sees it; anything else reads as unreadable. */
function parsed(text: unknown): unknown {
  if (text === null) return null;
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function mirrorOf(
  bundle: Database.Database,
  present: ReadonlySet<string>,
  mirror: NonNullable<EvidenceInJson['mirror']>,
): Map<unknown, unknown[]> {
  const byKey = new Map<unknown, unknown[]>();
  // A file lacking the mirror table lists nothing: every reference then disagrees with it.
  if (!present.has(mirror.table)) return byKey;
  for (const [key, evidence] of bundle
    .prepare(`SELECT ${quote(mirror.key)}, ${quote(mirror.evidence)} FROM ${quote(mirror.table)}`)
    .raw()
    .iterate() as Iterable<[unknown, unknown]>) {
    byKey.set(key, [...(byKey.get(key) ?? []), evidence]);
  }
  return byKey;
}

const sameSet = (a: readonly unknown[], b: readonly unknown[]) =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));
