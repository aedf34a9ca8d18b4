-- An article without a headline gets a title made from its first sentence or file
-- name; it is marked as provisional so no one takes it for the article's own, until
-- the researcher gives the source a title of their own.
ALTER TABLE sources ADD COLUMN title_provisional INTEGER NOT NULL DEFAULT 0 CHECK (title_provisional IN (0, 1));
