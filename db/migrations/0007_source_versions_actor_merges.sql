-- Earlier versions of a source's evidence. Before an edit of its metadata
-- (title, outlet, reporter, publish time, URL, script, notes) or a cleaning
-- redone from the stored original, what changed is kept here: `data` holds
-- { "from": {field: old value}, "to": {field: new value} } for the fields that
-- changed (a re-clean keeps the old body whole, and counts the citations it
-- could not find again). Purging a source removes its history.
CREATE TABLE source_versions (
  seq         INTEGER PRIMARY KEY,
  source_id   TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  -- When that version was last saved, and when it was replaced.
  saved_at    TEXT NOT NULL,
  replaced_at TEXT NOT NULL,
  reason      TEXT NOT NULL CHECK (reason IN ('edit', 'reclean')),
  data        TEXT NOT NULL CHECK (json_valid(data))
);
CREATE INDEX source_versions_source ON source_versions (source_id, seq);

-- A citation whose quote a re-clean could not find in the new body keeps its
-- quote (and loses its offsets) and is flagged here until it is cited again.
ALTER TABLE citations ADD COLUMN unanchored_at TEXT;

-- One actor merged into another: what moved, so restoring the merged actor
-- from the trash moves it back. `data` holds the ids of the record links and
-- posts that moved, the posts whose organisation was repointed, the links that
-- duplicated one the kept actor already had (removed, kept here whole) and the
-- names added to the kept actor's aliases. Purging the merged actor drops it.
CREATE TABLE actor_merges (
  seq        INTEGER PRIMARY KEY,
  from_id    TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  into_id    TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  merged_at  TEXT NOT NULL,
  data       TEXT NOT NULL CHECK (json_valid(data))
);
CREATE INDEX actor_merges_from ON actor_merges (from_id);
