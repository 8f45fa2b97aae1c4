import type { Migration } from './types';

// The enum lists are written out rather than built from shared/domain: a migration must mean the
// same thing forever. test/integration/db/schema-enums.test.ts checks they still match the domain.
const SQL = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE postmortems (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'final')),
  model_name TEXT NOT NULL,
  model_version TEXT NOT NULL,
  severity TEXT CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
  what_happened TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  started_at TEXT,
  ended_at TEXT,
  detected_at TEXT,
  detected_by TEXT NOT NULL,
  discovery TEXT CHECK (discovery IN
    ('alert', 'customer_report', 'audit', 'internal_review', 'dashboard', 'other')),
  impacted_who TEXT NOT NULL,
  impacted_count REAL CHECK (impacted_count >= 0),
  impacted_unit TEXT NOT NULL,
  objective TEXT NOT NULL,
  task_type TEXT CHECK (task_type IN
    ('classification', 'ranking', 'regression', 'generation', 'forecasting', 'other')),
  notes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0)
) STRICT;

CREATE INDEX postmortems_live_by_updated ON postmortems (updated_at DESC, id DESC)
  WHERE deleted_at IS NULL;
CREATE INDEX postmortems_deleted ON postmortems (deleted_at)
  WHERE deleted_at IS NOT NULL;

CREATE TABLE kpis (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  target REAL,
  unit TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, id)
) STRICT;

CREATE TABLE accepted_risks (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  value REAL,
  unit TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, id)
) STRICT;

CREATE TABLE diagnosis_answers (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question TEXT NOT NULL CHECK (question IN ('data_drift', 'missing_inputs', 'outdated_logic',
    'labeling', 'silent_deployment', 'weak_monitoring')),
  status TEXT NOT NULL CHECK (status IN ('not_examined', 'ruled_out', 'contributed', 'unknown')),
  findings TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, question)
) STRICT;

CREATE TABLE root_causes (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  layer TEXT NOT NULL CHECK (layer IN ('data', 'feature_engineering', 'model_logic',
    'deployment_pipeline', 'infrastructure', 'monitoring', 'process')),
  description TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, id)
) STRICT;

CREATE TABLE worked_well (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, id)
) STRICT;

CREATE TABLE actions (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  area TEXT NOT NULL CHECK (area IN
    ('prevention', 'detection', 'mitigation', 'process_improvement')),
  description TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'wont_do')),
  review_date TEXT,
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, id)
) STRICT;

CREATE TABLE lessons (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  prompt TEXT NOT NULL CHECK (prompt IN
    ('failed_assumption', 'untested', 'ignored_signals', 'silent_failure')),
  answer TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, prompt)
) STRICT;

CREATE TABLE timeline_events (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('deployment', 'detection', 'escalation', 'mitigation',
    'communication', 'resolution', 'other')),
  text TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, id)
) STRICT;

CREATE TABLE participants (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL CHECK (length(name) >= 1),
  team TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('facilitator', 'scribe', 'participant')),
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, id)
) STRICT;

CREATE TABLE parking_lot (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, position),
  UNIQUE (postmortem_id, id)
) STRICT;
`;

export const migration001: Migration = {
  version: 1,
  name: 'documents',
  up(db) {
    db.exec(SQL);
  },
};
