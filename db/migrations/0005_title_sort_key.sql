-- Titles sort in pinyin order (as Chinese readers expect), not by code point:
-- SQLite cannot compute pinyin, so the app stores a sort key beside each title
-- (db/text/sort-key.ts) and fills it for existing rows at open.
ALTER TABLE records ADD COLUMN title_key TEXT;
CREATE INDEX records_title_key ON records (title_key) WHERE deleted_at IS NULL;
