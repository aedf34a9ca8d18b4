-- Trashed records are few: an index of them lets counts of live records be
-- "all links minus the trashed ones' links", without joining every link to
-- its record (db/services/taxonomy.ts listTree).
CREATE INDEX records_trashed ON records (deleted_at) WHERE deleted_at IS NOT NULL;
