import type { Migration } from './types';

// Evidence rows live in one SQLite file per import (data folder/evidence/<id>.sqlite); this database
// keeps only the registry of those files and the pins that re-ask questions of them.
const SQL = `
CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  row_count INTEGER NOT NULL CHECK (row_count >= 0),
  columns_json TEXT NOT NULL CHECK (json_valid(columns_json)),
  time_column TEXT,
  imported_at TEXT NOT NULL,
  byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
  -- File name inside the data folder's evidence/ directory, so the folder can move.
  path TEXT NOT NULL UNIQUE,
  warnings_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings_json))
) STRICT;

CREATE INDEX evidence_by_postmortem ON evidence (postmortem_id, imported_at);

CREATE TABLE pins (
  id TEXT PRIMARY KEY,
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('diagnosis', 'timeline')),
  -- A diagnosis question id or a timeline event id.
  target_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('histogram', 'time-series', 'drift-table')),
  spec_json TEXT NOT NULL CHECK (json_valid(spec_json)),
  caption TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX pins_by_target ON pins (postmortem_id, target_kind, target_id, position);

-- Which evidence files a pin reads, so deleting an evidence file removes the pins it would break.
CREATE TABLE pin_evidence (
  pin_id TEXT NOT NULL REFERENCES pins (id) ON DELETE CASCADE,
  evidence_id TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  PRIMARY KEY (pin_id, evidence_id)
) STRICT;

CREATE INDEX pin_evidence_by_evidence ON pin_evidence (evidence_id);
`;

export const migration003: Migration = {
  version: 3,
  name: 'evidence',
  up(db) {
    db.exec(SQL);
  },
};
