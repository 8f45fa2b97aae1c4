import type { Migration } from './types';

/**
 * The causal analysis (issue 8): the cause tree's nodes (five-whys chains are branches of it),
 * the drift findings cited as evidence, and the links of a node: the root cause it is, the
 * diagnosis answer a chain starts from, and the pins, timeline events and findings it cites.
 * Each link is a table with composite foreign keys to both ends (ON DELETE CASCADE), as
 * action_causes is. A node's parent is a foreign key too, deferred so that a whole tree can be
 * copied in any order inside one transaction; the pure reducer refuses deleting a node that still
 * has children, so the database never has to.
 */
const SQL = `
CREATE TABLE cause_nodes (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position REAL NOT NULL,
  parent_id TEXT CHECK (parent_id IS NULL OR parent_id <> id),
  kind TEXT NOT NULL CHECK (kind IN ('cause', 'problem')),
  text TEXT NOT NULL,
  layer TEXT CHECK (layer IN ('data', 'feature_engineering', 'model_logic',
    'deployment_pipeline', 'infrastructure', 'monitoring', 'process')),
  PRIMARY KEY (postmortem_id, id),
  FOREIGN KEY (postmortem_id, parent_id) REFERENCES cause_nodes (postmortem_id, id)
    DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX cause_nodes_order ON cause_nodes (postmortem_id, position);
CREATE INDEX cause_nodes_by_parent ON cause_nodes (postmortem_id, parent_id);

-- No foreign key to the evidence: a cited finding keeps its words when the file is removed.
CREATE TABLE cited_findings (
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position REAL NOT NULL,
  evidence_id TEXT NOT NULL,
  column_name TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, id)
) STRICT;
CREATE INDEX cited_findings_order ON cited_findings (postmortem_id, position);

-- One to one both ways: a node is at most one root cause, a root cause at most one node.
CREATE TABLE node_causes (
  postmortem_id TEXT NOT NULL,
  node_id TEXT NOT NULL,
  cause_id TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, node_id, cause_id),
  UNIQUE (postmortem_id, node_id),
  UNIQUE (postmortem_id, cause_id),
  FOREIGN KEY (postmortem_id, node_id) REFERENCES cause_nodes (postmortem_id, id) ON DELETE CASCADE,
  FOREIGN KEY (postmortem_id, cause_id) REFERENCES root_causes (postmortem_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE chain_answers (
  postmortem_id TEXT NOT NULL,
  node_id TEXT NOT NULL,
  answer_id TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, node_id, answer_id),
  UNIQUE (postmortem_id, node_id),
  FOREIGN KEY (postmortem_id, node_id) REFERENCES cause_nodes (postmortem_id, id) ON DELETE CASCADE,
  FOREIGN KEY (postmortem_id, answer_id) REFERENCES diagnosis_answers (postmortem_id, id)
    ON DELETE CASCADE
) STRICT;
CREATE INDEX chain_answers_by_answer ON chain_answers (postmortem_id, answer_id);

CREATE TABLE node_events (
  postmortem_id TEXT NOT NULL,
  node_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, node_id, event_id),
  FOREIGN KEY (postmortem_id, node_id) REFERENCES cause_nodes (postmortem_id, id) ON DELETE CASCADE,
  FOREIGN KEY (postmortem_id, event_id) REFERENCES timeline_events (postmortem_id, id)
    ON DELETE CASCADE
) STRICT;
CREATE INDEX node_events_by_event ON node_events (postmortem_id, event_id);

-- Pins are keyed by their id alone; a pin removed with its evidence takes its citations along.
CREATE TABLE node_pins (
  postmortem_id TEXT NOT NULL,
  node_id TEXT NOT NULL,
  pin_id TEXT NOT NULL REFERENCES pins (id) ON DELETE CASCADE,
  PRIMARY KEY (postmortem_id, node_id, pin_id),
  FOREIGN KEY (postmortem_id, node_id) REFERENCES cause_nodes (postmortem_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX node_pins_by_pin ON node_pins (pin_id);

CREATE TABLE node_findings (
  postmortem_id TEXT NOT NULL,
  node_id TEXT NOT NULL,
  finding_id TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, node_id, finding_id),
  FOREIGN KEY (postmortem_id, node_id) REFERENCES cause_nodes (postmortem_id, id) ON DELETE CASCADE,
  FOREIGN KEY (postmortem_id, finding_id) REFERENCES cited_findings (postmortem_id, id)
    ON DELETE CASCADE
) STRICT;
CREATE INDEX node_findings_by_finding ON node_findings (postmortem_id, finding_id);
`;

export const migration009: Migration = {
  version: 9,
  name: 'cause-tree',
  up(db) {
    db.exec(SQL);
  },
};
