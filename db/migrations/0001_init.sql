-- Chainline schema v1.
-- Every entity row has a stable UUID (exchange between colleagues merges by id),
-- created_at/updated_at in ISO-8601 UTC, and deleted_at for the trash.
-- Dates of records are stored as the researcher wrote them ('2023', '2023-06',
-- '2023-06-12') plus derived first/last days so window overlap is one indexable test.

CREATE TABLE records (
  -- seq is the FTS rowid; it must be an alias of rowid or VACUUM could renumber it.
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  kind          TEXT NOT NULL CHECK (kind IN ('meeting', 'plan', 'measure')),
  subkind       TEXT CHECK (subkind IN ('chain-meeting', 'work-conference', 'inspection', 'press-conference',
                                        'expo-forum', 'alliance-founding', 'signing', 'other')),
  title         TEXT NOT NULL CHECK (length(title) > 0),
  summary       TEXT NOT NULL DEFAULT '',
  date_start    TEXT,
  date_end      TEXT,
  precision     TEXT CHECK (precision IN ('day', 'month', 'year')),
  first_day     TEXT,
  last_day      TEXT,
  issued_on     TEXT,
  place         TEXT NOT NULL DEFAULT '',
  level         TEXT CHECK (level IN ('national', 'provincial', 'prefecture', 'county')),
  host_body     TEXT NOT NULL DEFAULT '',
  status        TEXT CHECK (status IN ('announced', 'in-force', 'expired', 'superseded')),
  instrument    TEXT,
  amount_value  REAL,
  amount_unit   TEXT,
  doc_number    TEXT NOT NULL DEFAULT '',
  notes         TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT,
  CHECK (kind = 'meeting' OR subkind IS NULL),
  CHECK (kind <> 'meeting' OR status IS NULL),
  CHECK ((date_start IS NULL) = (first_day IS NULL))
);
CREATE INDEX records_first_day ON records (first_day) WHERE deleted_at IS NULL;
CREATE INDEX records_last_day ON records (last_day) WHERE deleted_at IS NULL;
CREATE INDEX records_kind ON records (kind, first_day) WHERE deleted_at IS NULL;

CREATE TABLE chains (
  id          TEXT PRIMARY KEY,
  parent_id   TEXT REFERENCES chains (id) ON DELETE RESTRICT,
  name        TEXT NOT NULL CHECK (length(name) > 0),
  en          TEXT NOT NULL DEFAULT '',
  level       TEXT NOT NULL CHECK (level IN ('cluster', 'chain', 'segment')),
  synonyms    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(synonyms)),
  sort        INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE INDEX chains_parent ON chains (parent_id);

CREATE TABLE regions (
  id          TEXT PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  parent_id   TEXT REFERENCES regions (id) ON DELETE RESTRICT,
  name        TEXT NOT NULL CHECK (length(name) > 0),
  short_name  TEXT NOT NULL DEFAULT '',
  en          TEXT NOT NULL DEFAULT '',
  level       TEXT NOT NULL CHECK (level IN ('national', 'province', 'prefecture', 'county', 'country')),
  aliases     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
  sort        INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE INDEX regions_parent ON regions (parent_id);

CREATE TABLE tags (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE record_chains (
  record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  chain_id  TEXT NOT NULL REFERENCES chains (id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, chain_id)
) WITHOUT ROWID;
CREATE INDEX record_chains_chain ON record_chains (chain_id, record_id);

CREATE TABLE record_regions (
  record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  region_id TEXT NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, region_id)
) WITHOUT ROWID;
CREATE INDEX record_regions_region ON record_regions (region_id, record_id);

CREATE TABLE record_tags (
  record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  tag_id    TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX record_tags_tag ON record_tags (tag_id, record_id);

-- Targets belong to a plan or a measure (checked in the service: SQLite CHECK cannot see other rows).
CREATE TABLE targets (
  id          TEXT PRIMARY KEY,
  record_id   TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  metric      TEXT NOT NULL CHECK (length(metric) > 0),
  value       REAL,
  unit        TEXT NOT NULL DEFAULT '',
  deadline    TEXT,
  scope       TEXT NOT NULL DEFAULT '',
  baseline    REAL,
  notes       TEXT NOT NULL DEFAULT '',
  sort        INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX targets_record ON targets (record_id);

CREATE TABLE target_progress (
  id          TEXT PRIMARY KEY,
  target_id   TEXT NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
  observed_on TEXT NOT NULL,
  value       REAL NOT NULL,
  source_id   TEXT REFERENCES sources (id) ON DELETE SET NULL,
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX target_progress_target ON target_progress (target_id, observed_on);

CREATE TABLE record_links (
  id          TEXT PRIMARY KEY,
  from_id     TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  to_id       TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  relation    TEXT NOT NULL CHECK (relation IN ('announced-at', 'part-of', 'implements', 'supersedes', 'follows-up', 'related')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (from_id <> to_id),
  UNIQUE (from_id, to_id, relation)
);
CREATE INDEX record_links_to ON record_links (to_id);

CREATE TABLE actors (
  id          TEXT PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('person', 'body', 'firm', 'institute')),
  name        TEXT NOT NULL CHECK (length(name) > 0),
  aliases     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
  region_id   TEXT REFERENCES regions (id) ON DELETE SET NULL,
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE INDEX actors_name ON actors (name);

-- A person's posts over time: the post matters more than the name, and changes.
CREATE TABLE actor_posts (
  id           TEXT PRIMARY KEY,
  actor_id     TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  post         TEXT NOT NULL CHECK (length(post) > 0),
  org_id       TEXT REFERENCES actors (id) ON DELETE SET NULL,
  start_on     TEXT,
  end_on       TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX actor_posts_actor ON actor_posts (actor_id);

CREATE TABLE record_actors (
  id          TEXT PRIMARY KEY,
  record_id   TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  actor_id    TEXT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('chair', 'speaker', 'attendee', 'issuer', 'chain-chief', 'chain-leader-firm', 'host', 'other')),
  post        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (record_id, actor_id, role)
);
CREATE INDEX record_actors_actor ON record_actors (actor_id, record_id);

CREATE TABLE sources (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL CHECK (length(title) > 0),
  original_title TEXT,
  outlet         TEXT NOT NULL DEFAULT '',
  reporter       TEXT NOT NULL DEFAULT '',
  published_at   TEXT,
  url            TEXT NOT NULL DEFAULT '',
  body           TEXT NOT NULL DEFAULT '',
  raw            TEXT NOT NULL DEFAULT '',
  format         TEXT NOT NULL DEFAULT 'txt',
  encoding       TEXT NOT NULL DEFAULT '',
  script         TEXT NOT NULL DEFAULT 'none',
  file_name      TEXT NOT NULL DEFAULT '',
  fingerprint    TEXT,
  suggestions    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(suggestions)),
  notes          TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
);
-- The same article after normalisation is stored once, trashed or not.
CREATE UNIQUE INDEX sources_fingerprint ON sources (fingerprint) WHERE fingerprint IS NOT NULL;
CREATE INDEX sources_published ON sources (published_at) WHERE deleted_at IS NULL;

CREATE TABLE citations (
  id           TEXT PRIMARY KEY,
  record_id    TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  source_id    TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  quote        TEXT NOT NULL DEFAULT '',
  start_offset INTEGER,
  end_offset   INTEGER,
  note         TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  CHECK ((start_offset IS NULL) = (end_offset IS NULL)),
  CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset >= start_offset))
);
CREATE INDEX citations_record ON citations (record_id);
CREATE INDEX citations_source ON citations (source_id);

-- Full-text search. Text is folded to simplified script and split into single
-- characters (uni) and overlapping bigrams (bi) before it reaches FTS5, so any
-- substring of one character or more matches, in either script. Contentless:
-- snippets are cut from the base tables; rowid is the base table's seq.
CREATE VIRTUAL TABLE records_fts USING fts5 (
  title_uni, title_bi, body_uni, body_bi,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE sources_fts USING fts5 (
  title_uni, title_bi, body_uni, body_bi,
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);

-- Settings and bookkeeping (seeded taxonomy version, saved views).
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
