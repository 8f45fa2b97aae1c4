// The library's queries, named so test/integration/db can check their plans (EXPLAIN QUERY PLAN).

const LIST_COLUMNS = `id, title, model_name AS modelName, model_version AS modelVersion,
  started_at AS incidentStartedAt, time_zone AS timeZone, status, updated_at AS updatedAt, deleted_at AS deletedAt`;

/** Served by the partial index postmortems_live_by_updated: no sort step. */
export const LIST_SQL = `SELECT ${LIST_COLUMNS} FROM postmortems WHERE deleted_at IS NULL
  ORDER BY updated_at DESC, id DESC`;

/** `fold` is registered by the repository on its connection (Unicode lower case). */
export const SEARCH_SQL = `SELECT ${LIST_COLUMNS} FROM postmortems WHERE deleted_at IS NULL
  AND (instr(fold(title), :needle) > 0 OR instr(fold(model_name), :needle) > 0)
  ORDER BY updated_at DESC, id DESC`;

/** The bin, most recently deleted first: served by the partial index postmortems_deleted. */
export const BIN_SQL = `SELECT ${LIST_COLUMNS} FROM postmortems WHERE deleted_at IS NOT NULL
  ORDER BY deleted_at DESC`;

export const PURGE_SQL = 'DELETE FROM postmortems WHERE deleted_at IS NOT NULL AND deleted_at < ?';

export const GET_SQL = 'SELECT * FROM postmortems WHERE id = ?';
