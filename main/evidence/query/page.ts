import type { EvidencePage, PageInput } from '../../../shared/evidence';
import type { EvidenceColumn } from '../import/types';
import { toCell } from './cells';
import { buildWhere } from './filters';
import { categorySortOrder, memorySortOrder, sortsInMemory, textSortOrder } from './sort-order';
import { physical } from './sql';
import type { EvidenceSource } from './source';

/** Row orders kept per evidence file (each 4 bytes a row: 4 MB per 1M rows). */
const MAX_ORDERS = 6;

/**
 * One page of rows. Without filters, search or sort the page is read by rowid directly. Otherwise
 * the matching rowids, in order, are computed once (filters and search by SQL; a numeric sort from
 * the column's sorted order in memory, a text sort by SQL) and kept, so every later page is a
 * lookup of at most 500 rowids whatever its offset.
 */
export function queryPage(source: EvidenceSource, input: PageInput): EvidencePage {
  const columns = source.columns.slice(input.columnOffset, input.columnOffset + input.columnLimit);
  const plain = !input.sort && input.filters.length === 0 && !input.search?.trim();
  const select = selectList(columns);
  if (plain && source.rowidsAreDense) {
    const sql = `SELECT rowid${select} FROM rows WHERE rowid > ? ORDER BY rowid LIMIT ?`;
    const raw = source.db.prepare(sql).raw().all(input.offset, input.limit) as unknown[][];
    return toPage(source, input, source.rowCount, columns, raw);
  }
  const order = rowOrder(source, input);
  const ids = Array.from(order.subarray(input.offset, input.offset + input.limit));
  return toPage(source, input, order.length, columns, fetchRows(source, ids, select));
}

/** ", c4, c5, ..." for the page's columns (none past the file's last column). */
function selectList(columns: readonly EvidenceColumn[]): string {
  return columns.map((c) => `, ${physical(c.physicalName)}`).join('');
}

/** Rowids the filters and search let through, in file order; null when they let every row. */
function candidateRows(
  source: EvidenceSource,
  where: ReturnType<typeof buildWhere>,
): Uint32Array | null {
  if (!where.sql) return null;
  return Uint32Array.from(
    source.db
      .prepare(`SELECT rowid FROM rows ${where.sql} ORDER BY rowid`)
      .pluck()
      .all(...where.params) as number[],
  );
}

function rowOrder(source: EvidenceSource, input: PageInput): Uint32Array {
  const key = JSON.stringify([input.filters, input.search?.trim() ?? '', input.sort ?? null]);
  const cached = source.orders.get(key);
  if (cached) {
    source.orders.delete(key);
    source.orders.set(key, cached);
    return cached;
  }
  const where = buildWhere(source, input.filters, input.search);
  const column = input.sort ? source.column(input.sort.column) : null;
  let order: Uint32Array;
  if (input.sort && column && sortsInMemory(source, column)) {
    const candidates = candidateRows(source, where);
    order =
      column.type === 'category' || column.type === 'text'
        ? categorySortOrder(source, column, input.sort.dir, candidates)
        : memorySortOrder(source, column, input.sort.dir, candidates);
  } else if (
    input.sort &&
    column &&
    (column.type === 'category' || column.type === 'text') &&
    source.rowidsAreDense
  ) {
    const candidates = candidateRows(source, where);
    order = textSortOrder(source, column, input.sort.dir, candidates);
  } else if (input.sort && column && (column.type === 'category' || column.type === 'text')) {
    // Too many distinct texts to sort in memory (ids): SQL sorts the non-missing cells on the
    // plain column (a leading "IS NULL" key makes SQLite's sorter ~25% slower); missing ones follow.
    const col = physical(column.physicalName);
    const dir = input.sort.dir === 'desc' ? 'DESC' : 'ASC';
    const and = (test: string) => (where.sql ? `${where.sql} AND ${test}` : `WHERE ${test}`);
    const rowids = (sql: string) =>
      source.db
        .prepare(sql)
        .pluck()
        .all(...where.params) as number[];
    const present = rowids(
      `SELECT rowid FROM rows ${and(`${col} IS NOT NULL`)} ORDER BY ${col} ${dir}, rowid`,
    );
    const missing = rowids(`SELECT rowid FROM rows ${and(`${col} IS NULL`)} ORDER BY rowid`);
    order = new Uint32Array(present.length + missing.length);
    order.set(present);
    order.set(missing, present.length);
  } else {
    let orderBy = 'rowid';
    if (input.sort && column) {
      const col = physical(column.physicalName);
      const dir = input.sort.dir === 'desc' ? 'DESC' : 'ASC';
      // Missing cells last in both directions, after cells of a typed column that did not parse
      // (kept as text); rowid keeps equal values in file order.
      orderBy = `(${col} IS NULL), (typeof(${col}) = 'text'), ${col} ${dir}, rowid`;
    }
    const sql = `SELECT rowid FROM rows ${where.sql} ORDER BY ${orderBy}`;
    order = Uint32Array.from(
      source.db
        .prepare(sql)
        .pluck()
        .all(...where.params) as number[],
    );
  }
  source.orders.set(key, order);
  while (source.orders.size > MAX_ORDERS) {
    const oldest = source.orders.keys().next().value as string;
    source.orders.delete(oldest);
  }
  return order;
}

function fetchRows(source: EvidenceSource, ids: number[], select: string): unknown[][] {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(',');
  const sql = `SELECT rowid${select} FROM rows WHERE rowid IN (${marks})`;
  const raw = source.db
    .prepare(sql)
    .raw()
    .all(...ids) as unknown[][];
  const byId = new Map<number, unknown[]>();
  for (const r of raw) byId.set(r[0] as number, r);
  return ids.map((id) => byId.get(id)).filter((r): r is unknown[] => r !== undefined);
}

function toPage(
  source: EvidenceSource,
  input: PageInput,
  total: number,
  columns: readonly EvidenceColumn[],
  raw: unknown[][],
): EvidencePage {
  return {
    offset: input.offset,
    total,
    columns: columns.map((c) => c.name),
    columnOffset: input.columnOffset,
    columnCount: source.columns.length,
    rowNumbers: raw.map((r) => r[0] as number),
    rows: raw.map((r) => columns.map((c, j) => toCell(c, r[j + 1]))),
  };
}
