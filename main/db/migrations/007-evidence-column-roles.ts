import type { Migration } from './types';

// The role a facilitator gave a column of an evidence file (feature, prediction, label,
// identifier, metadata). Only choices are stored: a column without a row has its inferred role,
// so a better inference later reaches every file. Kept beside the saved windows, for the same
// reasons (evidence files are immutable; roles are part of the analysis).
const SQL = `
CREATE TABLE evidence_column_roles (
  evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  column_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('feature', 'prediction', 'label', 'identifier', 'metadata')),
  chosen_at TEXT NOT NULL,
  PRIMARY KEY (evidence_id, column_name)
) STRICT, WITHOUT ROWID;
`;

export const migration007: Migration = {
  version: 7,
  name: 'evidence-column-roles',
  up(db) {
    db.exec(SQL);
  },
};
