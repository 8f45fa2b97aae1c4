import type { Migration } from './types';

/**
 * Items become rows with stable ids: each list table is keyed by (postmortem, id) instead of by
 * position, so an edit updates one row and other rows can hold foreign keys to it. Positions are
 * REAL so an insert or a move writes one row (between its neighbours). Adds what the typed
 * operations need: ids for diagnosis answers and lessons, the room's own hypotheses, notes as
 * items, template prompts as hints (never content), links between items, foreign keys from pins to
 * their targets, and the operation log behind per-window undo.
 *
 * Runs with foreign keys off (migrate.ts) and checked before commit. The enum lists are written out:
 * a migration means the same thing forever.
 */

// A template's question to the room ("To ask: …", "Likely. To ask: …") stored as findings.
const PROMPT_FINDINGS = `instr(substr(findings, 1, 40), 'To ask:') > 0`;

// Each rebuilt table: its new definition and the SELECT that fills it from the old one.
const REBUILDS: { table: string; create: string; copy: string }[] = [
  {
    table: 'kpis',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      name TEXT NOT NULL,
      target REAL,
      unit TEXT NOT NULL,
      note TEXT NOT NULL,
      PRIMARY KEY (postmortem_id, id)
    ) STRICT`,
    copy: 'SELECT postmortem_id, id, position, name, target, unit, note FROM kpis',
  },
  {
    table: 'accepted_risks',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      name TEXT NOT NULL,
      value REAL,
      unit TEXT NOT NULL,
      note TEXT NOT NULL,
      PRIMARY KEY (postmortem_id, id)
    ) STRICT`,
    copy: 'SELECT postmortem_id, id, position, name, value, unit, note FROM accepted_risks',
  },
  {
    // The method's six questions keep their question id as their id, so existing pins still point
    // at them; the room's own hypotheses have question NULL and their wording in text.
    table: 'diagnosis_answers',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      question TEXT CHECK (question IN ('data_drift', 'missing_inputs', 'outdated_logic',
        'labeling', 'silent_deployment', 'weak_monitoring')),
      text TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('not_examined', 'ruled_out', 'contributed', 'unknown')),
      findings TEXT NOT NULL,
      hint TEXT NOT NULL,
      PRIMARY KEY (postmortem_id, id),
      CHECK (question IS NULL OR id = question)
    ) STRICT`,
    copy: `SELECT postmortem_id, question, position, question, '',
        status,
        CASE WHEN ${PROMPT_FINDINGS} THEN '' ELSE findings END,
        CASE WHEN ${PROMPT_FINDINGS} THEN findings ELSE '' END
      FROM diagnosis_answers`,
  },
  {
    table: 'root_causes',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      layer TEXT NOT NULL CHECK (layer IN ('data', 'feature_engineering', 'model_logic',
        'deployment_pipeline', 'infrastructure', 'monitoring', 'process')),
      description TEXT NOT NULL,
      hint TEXT NOT NULL,
      PRIMARY KEY (postmortem_id, id)
    ) STRICT`,
    copy: `SELECT postmortem_id, id, position, layer,
        CASE WHEN description LIKE 'To consider:%' THEN '' ELSE description END,
        CASE WHEN description LIKE 'To consider:%' THEN description ELSE '' END
      FROM root_causes`,
  },
  {
    table: 'worked_well',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (postmortem_id, id)
    ) STRICT`,
    copy: 'SELECT postmortem_id, id, position, text FROM worked_well',
  },
  {
    table: 'actions',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      area TEXT NOT NULL CHECK (area IN
        ('prevention', 'detection', 'mitigation', 'process_improvement')),
      description TEXT NOT NULL,
      owner TEXT NOT NULL,
      due_date TEXT,
      status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'wont_do')),
      review_date TEXT,
      hint TEXT NOT NULL,
      PRIMARY KEY (postmortem_id, id)
    ) STRICT`,
    copy: `SELECT postmortem_id, id, position, area, description, owner, due_date, status,
        review_date, '' FROM actions`,
  },
  {
    table: 'lessons',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      prompt TEXT NOT NULL CHECK (prompt IN
        ('failed_assumption', 'untested', 'ignored_signals', 'silent_failure')),
      answer TEXT NOT NULL,
      PRIMARY KEY (postmortem_id, id),
      CHECK (id = prompt)
    ) STRICT`,
    copy: 'SELECT postmortem_id, prompt, position, prompt, answer FROM lessons',
  },
  {
    table: 'timeline_events',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      at TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('deployment', 'detection', 'escalation', 'mitigation',
        'communication', 'resolution', 'other')),
      text TEXT NOT NULL,
      PRIMARY KEY (postmortem_id, id)
    ) STRICT`,
    copy: 'SELECT postmortem_id, id, position, at, kind, text FROM timeline_events',
  },
  {
    // A name may be empty while it is typed; the editor asks for it instead of refusing the row.
    table: 'participants',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      name TEXT NOT NULL,
      team TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('facilitator', 'scribe', 'participant')),
      PRIMARY KEY (postmortem_id, id)
    ) STRICT`,
    copy: 'SELECT postmortem_id, id, position, name, team, role FROM participants',
  },
  {
    table: 'parking_lot',
    create: `(
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      id TEXT NOT NULL,
      position REAL NOT NULL,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (postmortem_id, id)
    ) STRICT`,
    copy: 'SELECT postmortem_id, id, position, text, created_at FROM parking_lot',
  },
  {
    // Pins keep their target columns; the generated ones carry the foreign keys, so deleting a
    // timeline event or a hypothesis deletes its pins in the same statement.
    table: 'pins',
    create: `(
      id TEXT PRIMARY KEY,
      postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
      target_kind TEXT NOT NULL CHECK (target_kind IN ('diagnosis', 'timeline')),
      target_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('histogram', 'time-series', 'drift-table')),
      spec_json TEXT NOT NULL CHECK (json_valid(spec_json)),
      caption TEXT NOT NULL,
      position INTEGER NOT NULL CHECK (position >= 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      diagnosis_id TEXT GENERATED ALWAYS AS
        (CASE WHEN target_kind = 'diagnosis' THEN target_id END) STORED,
      timeline_event_id TEXT GENERATED ALWAYS AS
        (CASE WHEN target_kind = 'timeline' THEN target_id END) STORED,
      FOREIGN KEY (postmortem_id, diagnosis_id)
        REFERENCES diagnosis_answers (postmortem_id, id) ON DELETE CASCADE,
      FOREIGN KEY (postmortem_id, timeline_event_id)
        REFERENCES timeline_events (postmortem_id, id) ON DELETE CASCADE
    ) STRICT`,
    // A pin whose timeline event was deleted before this migration pointed at nothing and was shown
    // nowhere; it is dropped here rather than kept as an orphan (pin_evidence follows it below).
    copy: `SELECT id, postmortem_id, target_kind, target_id, kind, spec_json, caption, position,
        created_at, updated_at FROM pins
      WHERE (target_kind = 'diagnosis' AND EXISTS (SELECT 1 FROM diagnosis_answers d
          WHERE d.postmortem_id = pins.postmortem_id AND d.question = pins.target_id))
        OR (target_kind = 'timeline' AND EXISTS (SELECT 1 FROM timeline_events t
          WHERE t.postmortem_id = pins.postmortem_id AND t.id = pins.target_id))`,
  },
];

const INDEXES = `
CREATE INDEX kpis_order ON kpis (postmortem_id, position);
CREATE INDEX accepted_risks_order ON accepted_risks (postmortem_id, position);
CREATE INDEX diagnosis_answers_order ON diagnosis_answers (postmortem_id, position);
CREATE INDEX root_causes_order ON root_causes (postmortem_id, position);
CREATE INDEX worked_well_order ON worked_well (postmortem_id, position);
CREATE INDEX actions_order ON actions (postmortem_id, position);
CREATE INDEX lessons_order ON lessons (postmortem_id, position);
CREATE INDEX timeline_events_order ON timeline_events (postmortem_id, position);
CREATE INDEX participants_order ON participants (postmortem_id, position);
CREATE INDEX parking_lot_order ON parking_lot (postmortem_id, position);
CREATE INDEX pins_by_target ON pins (postmortem_id, target_kind, target_id, position);
CREATE INDEX pins_by_diagnosis ON pins (postmortem_id, diagnosis_id) WHERE diagnosis_id IS NOT NULL;
CREATE INDEX pins_by_timeline ON pins (postmortem_id, timeline_event_id)
  WHERE timeline_event_id IS NOT NULL;
`;

const NEW_TABLES = `
CREATE TABLE notes (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position REAL NOT NULL,
  text TEXT NOT NULL,
  -- The meeting step it was captured in ('' when written in the editor).
  step TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, id)
) STRICT;
CREATE INDEX notes_order ON notes (postmortem_id, position);

-- The root causes a corrective action answers. Both ends in the same postmortem, by construction.
CREATE TABLE action_causes (
  postmortem_id TEXT NOT NULL,
  action_id TEXT NOT NULL,
  cause_id TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, action_id, cause_id),
  FOREIGN KEY (postmortem_id, action_id) REFERENCES actions (postmortem_id, id) ON DELETE CASCADE,
  FOREIGN KEY (postmortem_id, cause_id) REFERENCES root_causes (postmortem_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX action_causes_by_cause ON action_causes (postmortem_id, cause_id);

-- One row per stored batch of operations (typing in one field coalesces into one row), with what
-- undoes it. Undo and redo read only the asking window's rows; the keys tell whether another window
-- wrote the same field or item since.
CREATE TABLE op_log (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  -- The postmortem's revision after this batch; a coalesced row moves forward with its last batch.
  revision INTEGER NOT NULL CHECK (revision > 0),
  first_revision INTEGER NOT NULL CHECK (first_revision > 0),
  window_id TEXT NOT NULL,
  batch_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo')),
  state TEXT NOT NULL CHECK (state IN ('applied', 'undone', 'spent')),
  -- For a row in state 'undone': the revision of the undo that reverted it (orders the redo stack).
  undone_by INTEGER,
  ops_json TEXT NOT NULL CHECK (json_valid(ops_json)),
  inverse_json TEXT NOT NULL CHECK (json_valid(inverse_json)),
  -- Rows that went with a deleted item through a foreign key (pins), put back by its undo.
  restore_json TEXT NOT NULL CHECK (json_valid(restore_json)),
  keys_json TEXT NOT NULL CHECK (json_valid(keys_json)),
  at TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, revision)
) STRICT;
CREATE INDEX op_log_by_window ON op_log (postmortem_id, window_id, revision);
CREATE INDEX op_log_by_batch ON op_log (postmortem_id, batch_id);
`;

export const migration008: Migration = {
  version: 8,
  name: 'items',
  up(db) {
    for (const { table, create, copy } of REBUILDS) {
      db.exec(`CREATE TABLE ${table}_new ${create}`);
      db.exec(`INSERT INTO ${table}_new ${copy}`);
    }
    db.exec('DELETE FROM pin_evidence WHERE pin_id NOT IN (SELECT id FROM pins_new)');
    for (const { table } of REBUILDS) {
      db.exec(`DROP TABLE ${table}`);
      db.exec(`ALTER TABLE ${table}_new RENAME TO ${table}`);
    }
    db.exec(INDEXES);
    db.exec(NEW_TABLES);

    // The notes were one text; each paragraph becomes a note, in order, stamped with the
    // postmortem's last update (the best instant known).
    const notes = db
      .prepare(`SELECT id, notes, updated_at FROM postmortems WHERE trim(notes) <> ''`)
      .all() as { id: string; notes: string; updated_at: string }[];
    const insertNote = db.prepare(
      `INSERT INTO notes (postmortem_id, id, position, text, step, created_at)
       VALUES (?, ?, ?, ?, '', ?)`,
    );
    for (const row of notes) {
      row.notes
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== '')
        .forEach((paragraph, index) =>
          insertNote.run(row.id, `note-${index + 1}`, index, paragraph, row.updated_at),
        );
    }

    db.exec(`
      ALTER TABLE postmortems ADD COLUMN template_id TEXT;
      ALTER TABLE postmortems ADD COLUMN hints_json TEXT NOT NULL DEFAULT '{}'
        CHECK (json_valid(hints_json));
    `);
    // A template's sketch of "what happened" was stored as content; it becomes the field's hint.
    db.exec(`
      UPDATE postmortems
        SET hints_json = json_object('summary.whatHappened', what_happened), what_happened = ''
        WHERE what_happened LIKE 'Sketch – replace%';
      ALTER TABLE postmortems DROP COLUMN notes;
    `);
  },
};
