import type { WriteDb } from '../handles';

/**
 * One step of the schema. `up` runs inside the migration transaction: no awaits, and no
 * `PRAGMA foreign_keys` (SQLite ignores it inside a transaction). Once released, a migration is
 * never edited: a change is a new file.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: WriteDb): void;
}
