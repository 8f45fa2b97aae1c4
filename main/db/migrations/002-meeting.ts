import type { Migration } from './types';

// The meeting of a postmortem: its agenda and cached status, the append-only log of instants (one
// row per event, never updated), and who was present. The enum lists are written out: a migration
// must mean the same thing forever (see shared/meeting/types.ts for today's names).
const SQL = `
CREATE TABLE meetings (
  postmortem_id TEXT PRIMARY KEY REFERENCES postmortems (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'paused', 'ended')),
  current_step INTEGER NOT NULL CHECK (current_step >= 0),
  -- Increments on every change; a command names the revision it was issued against.
  revision INTEGER NOT NULL CHECK (revision >= 0),
  -- The nine steps' timeboxes and skips (configuration, not history).
  agenda_json TEXT NOT NULL CHECK (json_valid(agenda_json)),
  follow_up_date TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE meeting_events (
  postmortem_id TEXT NOT NULL REFERENCES meetings (postmortem_id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  type TEXT NOT NULL CHECK (type IN ('started', 'paused', 'resumed', 'stepEntered', 'timeAdded',
    'skipped', 'unskipped', 'ended')),
  -- Epoch milliseconds (whole seconds), as the meeting core records them.
  at INTEGER NOT NULL CHECK (at >= 0),
  step_index INTEGER,
  from_index INTEGER,
  via TEXT CHECK (via IN ('next', 'previous', 'jump', 'skip')),
  seconds INTEGER,
  PRIMARY KEY (postmortem_id, seq)
) STRICT;

CREATE TABLE meeting_attendance (
  postmortem_id TEXT NOT NULL REFERENCES meetings (postmortem_id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  -- A copy of the participant as marked present, so the log survives later edits of the list.
  name TEXT NOT NULL,
  team TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('facilitator', 'scribe', 'participant')),
  marked_at TEXT NOT NULL,
  PRIMARY KEY (postmortem_id, participant_id)
) STRICT;
`;

export const migration002: Migration = {
  version: 2,
  name: 'meeting',
  up(db) {
    db.exec(SQL);
  },
};
