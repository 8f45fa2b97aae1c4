import type { WriteDb } from '../handles';

/**
 * One step of the schema. `up` runs inside the migration transaction, with foreign keys off and
 * checked before commit: no awaits, and no PRAGMAs that SQLite ignores inside a transaction. Once
 * released, a migration is never edited: a change is a new file.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: WriteDb): void;
}
