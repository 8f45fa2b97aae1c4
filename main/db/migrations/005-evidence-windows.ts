import type { Migration } from './types';

// The baseline and incident windows a facilitator chose for an evidence file, so that reopening,
// reloading or restarting comes back to the same comparison. Kept here rather than in the evidence
// file: evidence files are immutable once committed (the query worker opens them read-only and
// the window caches their answers for good), while windows are part of the analysis, backed up
// with the postmortem and gone with the file.
const SQL = `
CREATE TABLE evidence_windows (
  evidence_id TEXT PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
  -- Each a window as the contract's windowSchema describes it (time, values or evidence).
  baseline_json TEXT NOT NULL CHECK (json_valid(baseline_json)),
  incident_json TEXT NOT NULL CHECK (json_valid(incident_json)),
  saved_at TEXT NOT NULL
) STRICT;
`;

export const migration005: Migration = {
  version: 5,
  name: 'evidence-windows',
  up(db) {
    db.exec(SQL);
  },
};
