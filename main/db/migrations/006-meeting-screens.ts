import type { Migration } from './types';

// What the shared screen shows in each step of a postmortem's meeting: the page, the highlighted
// item, how the presenter laid the step out, and the evidence put on screen. One row per step
// that was ever changed; a step without a row starts at its first page. `revision` counts every
// change of any step's screen of the postmortem, so a window keeps the newest it has seen.
const SQL = `
CREATE TABLE meeting_screens (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  step_id TEXT NOT NULL CHECK (step_id IN ('ground_rules', 'summary', 'timeline', 'purpose',
    'diagnosis', 'root_causes', 'worked_well', 'actions', 'lessons', 'recap')),
  page INTEGER NOT NULL CHECK (page >= 0),
  focus_key TEXT,
  layout_json TEXT CHECK (layout_json IS NULL OR json_valid(layout_json)),
  evidence_json TEXT CHECK (evidence_json IS NULL OR json_valid(evidence_json)),
  revision INTEGER NOT NULL CHECK (revision >= 1),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, step_id)
) STRICT;
`;

export const migration006: Migration = {
  version: 6,
  name: 'meeting-screens',
  up(db) {
    db.exec(SQL);
  },
};
