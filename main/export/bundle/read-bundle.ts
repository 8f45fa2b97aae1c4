import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { WriteDb } from '../../db/handles';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  BundleError,
  DEFAULT_LIMITS,
  type BundleLimits,
} from './format';
import { foreignReviewRows } from './review-tables';
import { strayRows } from './stray-rows';
import { bundleParts, globalIdColumn, quote, storedColumns } from './tables';

export interface BundleTarget {
  db: WriteDb;
  evidenceDir: string;
  limits?: BundleLimits;
  /** Inside the import's transaction, once the rows are in (the search index reads them). */
  afterInsert?: (postmortemId: string) => void;
}

function openBundle(file: string, limits: BundleLimits): Database.Database {
  const name = path.basename(file);
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new BundleError(`${name} cannot be read: check the path.`);
  }
  if (size > limits.maxFileBytes) {
    throw new BundleError(
      `${name} is ${size} bytes, over the ${limits.maxFileBytes}-byte limit for a portable postmortem file; it was not imported.`,
    );
  }
  let bundle: Database.Database;
  try {
    bundle = new Database(file, { readonly: true, fileMustExist: true });
    const check = bundle.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch {
    throw new BundleError(
      `${name} is damaged or is not a portable postmortem file; nothing was imported.`,
    );
  }
  return bundle;
}

function metaOf(bundle: Database.Database, name: string): Record<string, string> {
  try {
    const rows = bundle.prepare('SELECT key, value FROM bundle_meta').all() as {
      key: string;
      value: string;
    }[];
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  } catch {
    throw new BundleError(
      `${name} is not a portable postmortem file (it has no bundle description); nothing was imported.`,
    );
  }
}

/**
 * Imports a portable postmortem file as a new postmortem: every row copied with new ids where ids
 * are global (the postmortem, evidence, pins, follow-up reviews: rewritten wherever they appear,
 * JSON included), the evidence files written under their new names, all in one transaction.
 * Tables the file lacks (a file written before they existed, e.g. without follow-up reviews) are
 * simply empty for it. Refuses, in one line, unknown versions, damaged files, oversize entries,
 * and a file holding any row that is not its own postmortem's (stray-rows.ts), before writing.
 *
 * Ids are always new, never matched against what this folder holds: importing a file twice gives
 * two postmortems, and a review that walked two postmortems, imported from their two files, gives
 * two partial reviews. Merging them would need the first import to remember the file's review id
 * and the second to change rows (attendees, events, agenda) outside the postmortem it imports,
 * deciding which copy's clock and attendees win; two partial reviews are each true as they stand.
 */
export function importBundle(file: string, target: BundleTarget): { postmortemId: string } {
  const limits = target.limits ?? DEFAULT_LIMITS;
  const name = path.basename(file);
  const bundle = openBundle(file, limits);
  const written: string[] = [];
  try {
    const meta = metaOf(bundle, name);
    if (meta.format !== BUNDLE_FORMAT) {
      throw new BundleError(
        `${name} is not a portable postmortem file (format "${meta.format ?? 'none'}"); nothing was imported.`,
      );
    }
    if (meta.version !== String(BUNDLE_VERSION)) {
      throw new BundleError(
        `${name} is a portable postmortem file of version ${meta.version}, which this app does not know (it reads version ${BUNDLE_VERSION}); update the app.`,
      );
    }
    const ours = target.db.pragma('user_version', { simple: true }) as number;
    if (Number(meta.schema_version) > ours) {
      throw new BundleError(
        `${name} was written by a newer Postmortem Studio (data version ${meta.schema_version}, this app has ${ours}); update the app to import it.`,
      );
    }
    const oversize = bundle
      .prepare('SELECT name, length(bytes) AS size FROM bundle_files WHERE length(bytes) > ?')
      .get(limits.maxEntryBytes) as { name: string; size: number } | undefined;
    if (oversize) {
      throw new BundleError(
        `${name} holds an evidence file of ${oversize.size} bytes (${oversize.name}), over the ${limits.maxEntryBytes}-byte limit; nothing was imported.`,
      );
    }
    const db = target.db;
    const parts = bundleParts(db);
    const present = new Set(
      bundle
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .pluck()
        .all() as string[],
    );
    if (
      !present.has('postmortems') ||
      (bundle.prepare('SELECT count(*) FROM postmortems').pluck().get() as number) !== 1
    ) {
      throw new BundleError(`${name} does not hold exactly one postmortem; nothing was imported.`);
    }
    const oldId = bundle.prepare('SELECT id FROM postmortems').pluck().get() as string;
    const foreign = foreignReviewRows(bundle, present, oldId);
    if (foreign)
      throw new BundleError(`${name} is not consistent (${foreign}); nothing was imported.`);
    const stray = strayRows(bundle, db, parts, present, oldId);
    if (stray) {
      throw new BundleError(
        `${name} ${stray}; it is damaged or was edited by hand, so nothing was imported: export it again from the app that made it.`,
      );
    }
    // New ids for every global id, rewritten wherever an old one appears (keys, links, JSON).
    const ids = new Map<string, string>();
    for (const part of parts) {
      if (!present.has(part.table)) continue;
      const column = globalIdColumn(db, part.table);
      if (!column) continue;
      for (const id of bundle
        .prepare(`SELECT ${quote(column)} FROM ${quote(part.table)}`)
        .pluck()
        .all() as string[]) {
        ids.set(id, randomUUID());
      }
    }
    const pattern = ids.size
      ? new RegExp(
          [...ids.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
          'g',
        )
      : null;
    const remap = (value: unknown) =>
      typeof value === 'string' && pattern ? value.replace(pattern, (m) => ids.get(m) ?? m) : value;
    db.transaction(() => {
      for (const part of parts) {
        if (!present.has(part.table)) continue;
        const ourColumns = new Set(storedColumns(db, part.table));
        const rows = bundle.prepare(`SELECT * FROM ${quote(part.table)}`).all() as Record<
          string,
          unknown
        >[];
        if (rows.length === 0) continue;
        // Columns this data folder knows; a column added since the bundle was written takes its default.
        const columns = Object.keys(rows[0]!).filter((c) => ourColumns.has(c));
        const insert = db.prepare(
          `INSERT INTO ${quote(part.table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) insert.run(...columns.map((c) => remap(row[c])));
      }
      for (const f of bundle
        .prepare('SELECT name, sha256, bytes FROM bundle_files')
        .iterate() as Iterable<{ name: string; sha256: string; bytes: Buffer }>) {
        if (createHash('sha256').update(f.bytes).digest('hex') !== f.sha256) {
          throw new BundleError(
            `${name} is damaged (evidence file ${f.name} does not match its checksum); nothing was imported.`,
          );
        }
        const fileName = String(remap(f.name));
        if (!/^[A-Za-z0-9_.-]+$/.test(fileName) || fileName.startsWith('.')) {
          throw new BundleError(
            `${name} names an evidence file "${f.name}" that is not a plain file name; nothing was imported.`,
          );
        }
        const full = path.join(target.evidenceDir, fileName);
        fs.mkdirSync(target.evidenceDir, { recursive: true });
        fs.writeFileSync(`${full}.partial`, f.bytes);
        fs.renameSync(`${full}.partial`, full);
        written.push(full);
      }
      target.afterInsert?.(ids.get(oldId) ?? oldId);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length)
        throw new BundleError(`${name} has rows that point nowhere; nothing was imported.`);
    })();
    return { postmortemId: ids.get(oldId) ?? oldId };
  } catch (error) {
    for (const f of written) fs.rmSync(f, { force: true });
    throw error;
  } finally {
    bundle.close();
  }
}
