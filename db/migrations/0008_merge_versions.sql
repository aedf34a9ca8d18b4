-- A record's history also keeps the version a bundle merge replaced, or the
-- colleague's version that lost to a newer local edit, so nothing is lost when
-- two databases are merged. SQLite cannot change a CHECK in place: the table
-- is rebuilt with its rows and sequence numbers. Nothing references it.
CREATE TABLE record_versions_next (
  seq        INTEGER PRIMARY KEY,
  record_id  TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  -- When that version was last saved, and when it was replaced.
  saved_at   TEXT NOT NULL,
  replaced_at TEXT NOT NULL,
  -- What replaced it: an edit, a replace from the command line, a restore, a bundle merge.
  reason     TEXT NOT NULL CHECK (reason IN ('edit', 'replace', 'restore', 'merge')),
  data       TEXT NOT NULL CHECK (json_valid(data))
);
INSERT INTO record_versions_next (seq, record_id, saved_at, replaced_at, reason, data)
  SELECT seq, record_id, saved_at, replaced_at, reason, data FROM record_versions;
DROP TABLE record_versions;
ALTER TABLE record_versions_next RENAME TO record_versions;
CREATE INDEX record_versions_record ON record_versions (record_id, seq);
