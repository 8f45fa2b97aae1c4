import type { Migration } from './types';

/**
 * Full-text search over everything written (SQLite FTS5). `search_entries` holds one row per
 * searched text: a field of the postmortem or of one of its items (kind 'doc', kept current by the
 * operation service from the registry's text fields), an evidence file's name and column names, a
 * pin's columns and caption, or a cited drift finding's column and words (kinds 'evidence', 'pin'
 * and 'finding', kept current by the triggers below, whoever writes those tables). `search_fts` indexes their bodies as external content, kept in step
 * by triggers, so a cascade from a purged postmortem clears both.
 *
 * Fills the index for the postmortems that exist, from the text columns as version 9 has them, and
 * records which fields those were; the app refills the 'doc' rows from the registry when its text
 * fields differ from the recorded ones (main/search/search-index.ts).
 */

// The searched text fields of version 9: [table, key prefix, column, key field].
const V9_DOC_COLUMNS: [string, string][] = [
  ['title', 'title'],
  ['model_name', 'summary.modelName'],
  ['model_version', 'summary.modelVersion'],
  ['what_happened', 'summary.whatHappened'],
  ['detected_by', 'summary.detectedBy'],
  ['impacted_who', 'summary.impactedWho'],
  ['impacted_unit', 'summary.impactedUnit'],
  ['objective', 'purpose.objective'],
];
const V9_ITEM_COLUMNS: [string, string, string, string][] = [
  ['kpis', 'kpis', 'name', 'name'],
  ['kpis', 'kpis', 'unit', 'unit'],
  ['kpis', 'kpis', 'note', 'note'],
  ['accepted_risks', 'acceptedRisks', 'name', 'name'],
  ['accepted_risks', 'acceptedRisks', 'unit', 'unit'],
  ['accepted_risks', 'acceptedRisks', 'note', 'note'],
  ['diagnosis_answers', 'diagnosis', 'text', 'text'],
  ['diagnosis_answers', 'diagnosis', 'findings', 'findings'],
  ['root_causes', 'rootCauses', 'description', 'description'],
  ['worked_well', 'workedWell', 'text', 'text'],
  ['actions', 'actions', 'description', 'description'],
  ['actions', 'actions', 'owner', 'owner'],
  ['lessons', 'lessons', 'answer', 'answer'],
  ['timeline_events', 'timeline', 'text', 'text'],
  ['participants', 'participants', 'name', 'name'],
  ['participants', 'participants', 'team', 'team'],
  ['parking_lot', 'parkingLot', 'text', 'text'],
  ['notes', 'notes', 'text', 'text'],
  ['cause_nodes', 'causeNodes', 'text', 'text'],
];

/** searchedFieldsSignature() of version 9's registry, written out: a migration never changes. */
const V9_SIGNATURE = [
  ...V9_DOC_COLUMNS.map(([, key]) => `doc.${key}`),
  ...V9_ITEM_COLUMNS.map(([, list, , field]) => `${list}.${field}`),
]
  .sort()
  .join(',');

// An evidence file: its name and its columns' names. A pin: the columns it shows, and its caption.
const EVIDENCE_BODY = (row: string) => `trim(${row}.file_name || ' ' || coalesce((SELECT
  group_concat(json_extract(value, '$.name'), ' ') FROM json_each(${row}.columns_json)), ''))`;
const PIN_BODY = (row: string) => `trim(coalesce(json_extract(${row}.spec_json,
  '$.query.column'), '') || ' ' || coalesce((SELECT group_concat(value, ' ') FROM
  json_each(${row}.spec_json, '$.query.columns')), '') || ' ' || ${row}.caption)`;

// A cited drift finding: the drifted column's name and the finding's words (fixed at insert).
const FINDING_BODY = (row: string) => `trim(${row}.column_name || ' ' || ${row}.label)`;

const SQL = `
CREATE TABLE search_entries (
  id INTEGER PRIMARY KEY,
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('doc', 'evidence', 'pin', 'finding')),
  key TEXT NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (postmortem_id, key)
) STRICT;

CREATE VIRTUAL TABLE search_fts USING fts5(
  body,
  content = 'search_entries',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
  INSERT INTO search_fts (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
  INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER search_entries_au AFTER UPDATE OF body ON search_entries BEGIN
  INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO search_fts (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER search_evidence_ai AFTER INSERT ON evidence BEGIN
  INSERT INTO search_entries (postmortem_id, kind, key, body)
    VALUES (new.postmortem_id, 'evidence', 'evidence:' || new.id, ${EVIDENCE_BODY('new')});
END;
CREATE TRIGGER search_evidence_au AFTER UPDATE OF file_name, columns_json ON evidence BEGIN
  UPDATE search_entries SET body = ${EVIDENCE_BODY('new')}
    WHERE postmortem_id = new.postmortem_id AND key = 'evidence:' || new.id;
END;
CREATE TRIGGER search_evidence_ad AFTER DELETE ON evidence BEGIN
  DELETE FROM search_entries WHERE postmortem_id = old.postmortem_id AND key = 'evidence:' || old.id;
END;

CREATE TRIGGER search_pins_ai AFTER INSERT ON pins BEGIN
  INSERT INTO search_entries (postmortem_id, kind, key, body)
    VALUES (new.postmortem_id, 'pin', 'pin:' || new.id, ${PIN_BODY('new')});
END;
CREATE TRIGGER search_pins_au AFTER UPDATE OF spec_json, caption ON pins BEGIN
  UPDATE search_entries SET body = ${PIN_BODY('new')}
    WHERE postmortem_id = new.postmortem_id AND key = 'pin:' || new.id;
END;
CREATE TRIGGER search_pins_ad AFTER DELETE ON pins BEGIN
  DELETE FROM search_entries WHERE postmortem_id = old.postmortem_id AND key = 'pin:' || old.id;
END;

CREATE TRIGGER search_findings_ai AFTER INSERT ON cited_findings BEGIN
  INSERT INTO search_entries (postmortem_id, kind, key, body)
    VALUES (new.postmortem_id, 'finding', 'finding:' || new.id, ${FINDING_BODY('new')});
END;
CREATE TRIGGER search_findings_ad AFTER DELETE ON cited_findings BEGIN
  DELETE FROM search_entries WHERE postmortem_id = old.postmortem_id AND key = 'finding:' || old.id;
END;

CREATE TABLE search_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`;

function fill(): string {
  const doc = V9_DOC_COLUMNS.map(
    ([column, key]) =>
      `INSERT INTO search_entries (postmortem_id, kind, key, body) SELECT id, 'doc', '${key}',
        ${column} FROM postmortems WHERE trim(${column}) <> '';`,
  );
  const items = V9_ITEM_COLUMNS.map(
    ([table, list, column, field]) =>
      `INSERT INTO search_entries (postmortem_id, kind, key, body) SELECT postmortem_id, 'doc',
        '${list}#' || id || '.${field}', ${column} FROM ${table} WHERE trim(${column}) <> '';`,
  );
  return [
    ...doc,
    ...items,
    `INSERT INTO search_entries (postmortem_id, kind, key, body) SELECT postmortem_id, 'evidence',
      'evidence:' || id, ${EVIDENCE_BODY('evidence')} FROM evidence;`,
    `INSERT INTO search_entries (postmortem_id, kind, key, body) SELECT postmortem_id, 'pin',
      'pin:' || id, ${PIN_BODY('pins')} FROM pins;`,
    `INSERT INTO search_entries (postmortem_id, kind, key, body) SELECT postmortem_id, 'finding',
      'finding:' || id, ${FINDING_BODY('cited_findings')} FROM cited_findings;`,
  ].join('\n');
}

export const migration010: Migration = {
  version: 10,
  name: 'search',
  up(db) {
    db.exec(SQL);
    db.exec(fill());
    db.prepare("INSERT INTO search_meta (key, value) VALUES ('fields', ?)").run(V9_SIGNATURE);
  },
};
