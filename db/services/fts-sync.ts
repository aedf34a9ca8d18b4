import type { Db } from '../connection';
import { stmt } from '../stmt';
import { ftsColumns, type FtsKind } from '../text/fts';
import { writeTx } from '../tx';

// The FTS tables are contentless and fed here (not by triggers), because text
// must be folded and split by our tokenizer in JS first. Only live rows are
// indexed: trashing unindexes, restoring reindexes.

// Bump when tokenization changes: databases indexed by an older version are rebuilt at open.
export const FTS_VERSION = '3';

// One column at a time: the tokens of a long article are several times its size.
function write(db: Db, kind: FtsKind, seq: number, title: string, body: string): void {
  unindex(db, kind, seq);
  stmt(db, `INSERT INTO ${kind}_tok (rowid, title, body) VALUES (?, ?, ?)`).run(seq, ftsColumns(title, 'tok').tok, ftsColumns(body, 'tok').tok);
  stmt(db, `INSERT INTO ${kind}_fts (rowid, title, body) VALUES (?, ?, ?)`).run(seq, ftsColumns(title, 'bi').bi, ftsColumns(body, 'bi').bi);
}

export function unindex(db: Db, kind: FtsKind, seq: number): void {
  stmt(db, `DELETE FROM ${kind}_tok WHERE rowid = ?`).run(seq);
  stmt(db, `DELETE FROM ${kind}_fts WHERE rowid = ?`).run(seq);
}

/** What a record is found by: its title, and its other words as body, with the names (and other names) of the people and bodies linked to it. */
export function indexRecord(db: Db, id: string): void {
  const r = stmt(
    db,
    `SELECT seq, title, deleted_at AS deletedAt,
       summary || char(10) || place || char(10) || host_body || char(10) || doc_number || char(10) || notes || char(10) ||
       coalesce((SELECT group_concat(metric || ' ' || scope, char(10)) FROM targets t WHERE t.record_id = records.id), '') || char(10) ||
       coalesce((SELECT group_concat(a.name || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(a.aliases)) || ' ' || ra.post, char(10))
                 FROM record_actors ra JOIN actors a ON a.id = ra.actor_id WHERE ra.record_id = records.id AND a.deleted_at IS NULL), '') AS body
     FROM records WHERE id = ?`,
  ).get(id) as { seq: number; title: string; body: string; deletedAt: string | null } | undefined;
  if (!r) return;
  if (r.deletedAt) unindex(db, 'records', r.seq);
  else write(db, 'records', r.seq, r.title, r.body);
}

export function indexSource(db: Db, id: string): void {
  const s = stmt(db, `SELECT seq, title, body, deleted_at AS deletedAt FROM sources WHERE id = ?`).get(id) as
    | { seq: number; title: string; body: string; deletedAt: string | null }
    | undefined;
  if (!s) return;
  if (s.deletedAt) unindex(db, 'sources', s.seq);
  else write(db, 'sources', s.seq, s.title, s.body);
}

/** Re-indexes the records an actor is linked to (its names are part of what finds them). */
export function reindexActorRecords(db: Db, actorIds: string[]): void {
  const ids = stmt(db, `SELECT DISTINCT record_id AS id FROM record_actors WHERE actor_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(actorIds)) as { id: string }[];
  for (const { id } of ids) indexRecord(db, id);
}

/** Re-indexes rows whose trash state changed (by id, any kind). */
export function reindex(db: Db, kind: FtsKind, ids: string[]): void {
  for (const id of ids) (kind === 'records' ? indexRecord : indexSource)(db, id);
}

/** Rebuilds every FTS table when this code tokenizes differently from the one that built them. */
export function ensureFtsIndex(db: Db): void {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'fts.version'`).get() as { value: string } | undefined;
  if (row?.value === FTS_VERSION) return;
  writeTx(db, () => {
    for (const kind of ['records', 'sources'] as const) {
      db.exec(`DELETE FROM ${kind}_tok; DELETE FROM ${kind}_fts;`);
      const ids = (db.prepare(`SELECT id FROM ${kind} WHERE deleted_at IS NULL`).all() as { id: string }[]).map((r) => r.id);
      reindex(db, kind, ids);
    }
    db.prepare(`INSERT INTO meta (key, value) VALUES ('fts.version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(FTS_VERSION);
  });
}
