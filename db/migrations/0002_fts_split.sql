-- Search at scale: one FTS table of characters and bigrams with positions made
-- counting common 1-2 character queries slow (every position list is read).
-- Now (db/text/fts.ts):
--   *_tok  (detail=column): single characters and bigrams, for 1- and 2-character
--          queries (one token: no positions needed, so counting is cheap);
--   *_fts  (detail=full): bigrams with positions, for longer queries as phrases.
-- Only live rows are indexed (trash removes them), so counts need no join.
-- The tables are refilled at open by ensureFtsIndex (fts.version changes).
DROP TABLE records_fts;
DROP TABLE sources_fts;
DELETE FROM meta WHERE key = 'fts.version';

CREATE VIRTUAL TABLE records_tok USING fts5 (
  title, body, content = '', contentless_delete = 1, detail = column, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE records_fts USING fts5 (
  title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE sources_tok USING fts5 (
  title, body, content = '', contentless_delete = 1, detail = column, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE sources_fts USING fts5 (
  title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
