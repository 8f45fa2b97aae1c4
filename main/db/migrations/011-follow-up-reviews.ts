import type { Migration } from './types';

// Follow-up reviews: short facilitated meetings that walk open actions of one or more
// postmortems. A review has its own meeting (agenda, cached status and the append-only log of
// instants, as a postmortem's meeting has in migration 002), who attended, which postmortems it
// covers, and one row per action walked with the outcome. The action's own status and review date
// are changed through operations; these rows keep what the room said. An action's rows go with
// it (a deleted action's undo puts them back, see RestoreRows), a review's rows with the review.
// The enum lists are written out: a migration must mean the same thing forever.
const SQL = `
CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('postmortems', 'overdue')),
  status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'paused', 'ended')),
  current_step INTEGER NOT NULL CHECK (current_step >= 0),
  revision INTEGER NOT NULL CHECK (revision >= 0),
  agenda_json TEXT NOT NULL CHECK (json_valid(agenda_json)),
  -- The shared screen in the walk: the action under review (by position) and its page.
  current_item INTEGER NOT NULL DEFAULT 0 CHECK (current_item >= 0),
  screen_page INTEGER NOT NULL DEFAULT 0 CHECK (screen_page >= 0),
  page_count INTEGER NOT NULL DEFAULT 1 CHECK (page_count >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE review_events (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  type TEXT NOT NULL CHECK (type IN ('started', 'paused', 'resumed', 'stepEntered', 'timeAdded',
    'skipped', 'unskipped', 'ended')),
  at INTEGER NOT NULL CHECK (at >= 0),
  step_index INTEGER,
  from_index INTEGER,
  via TEXT CHECK (via IN ('next', 'previous', 'jump', 'skip')),
  seconds INTEGER,
  PRIMARY KEY (review_id, seq)
) STRICT;

CREATE TABLE review_attendees (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  PRIMARY KEY (review_id, position)
) STRICT;

CREATE TABLE review_postmortems (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  postmortem_id TEXT NOT NULL REFERENCES postmortems (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (review_id, postmortem_id)
) STRICT;

CREATE TABLE review_items (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  postmortem_id TEXT NOT NULL,
  action_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  status_before TEXT NOT NULL CHECK (status_before IN ('open', 'in_progress', 'done', 'wont_do')),
  -- NULL until the room has decided; then all of done, worked and recorded_at are set.
  done INTEGER CHECK (done IN (0, 1)),
  worked TEXT CHECK (worked IN ('yes', 'no', 'unknown')),
  note TEXT NOT NULL DEFAULT '',
  next_review_date TEXT,
  recorded_at TEXT,
  CHECK ((done IS NULL) = (recorded_at IS NULL) AND (done IS NULL) = (worked IS NULL)),
  PRIMARY KEY (review_id, postmortem_id, action_id),
  FOREIGN KEY (postmortem_id, action_id) REFERENCES actions (postmortem_id, id) ON DELETE CASCADE
) STRICT;

-- An action's last outcome (the board and the editor show it).
CREATE INDEX review_items_by_action ON review_items (postmortem_id, action_id, recorded_at);
CREATE INDEX review_postmortems_by_postmortem ON review_postmortems (postmortem_id);
`;

export const migration011: Migration = {
  version: 11,
  name: 'follow-up-reviews',
  up(db) {
    db.exec(SQL);
  },
};
