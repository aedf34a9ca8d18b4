-- Earlier versions of each record. Before a save changes an existing record
-- (an edit, `add --replace`, a restore of an older version) the record as it
-- was, whole (fields, chains, regions, tags, actors, targets with progress,
-- outgoing links, citations), is kept here as the JSON a save takes, so any
-- version can be shown and brought back. Purging a record removes its history.
CREATE TABLE record_versions (
  seq        INTEGER PRIMARY KEY,
  record_id  TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  -- When that version was last saved, and when it was replaced.
  saved_at   TEXT NOT NULL,
  replaced_at TEXT NOT NULL,
  -- What replaced it: an edit, a replace from the command line, a restore.
  reason     TEXT NOT NULL CHECK (reason IN ('edit', 'replace', 'restore')),
  data       TEXT NOT NULL CHECK (json_valid(data))
);
CREATE INDEX record_versions_record ON record_versions (record_id, seq);
