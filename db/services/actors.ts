import { AppError } from '../../api/errors';
import type { Actor, ActorPost, ActorRecord } from '../../api/contract/actors';
import type { ActorKind } from '../../api/contract/common';
import { newId, nowIso } from '../ids';
import type { Db } from '../connection';
import { fold } from '../text/fold';
import { syncChildren } from './children';
import { writeTx } from '../tx';
import { indexRecord, reindexActorRecords } from './fts-sync';
import { liveCountsCte } from '../queries/live-counts';
import { sortKey } from '../text/sort-key';

export interface ActorInput {
  id?: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  regionId?: string | null;
  notes: string;
  posts: { id?: string; post: string; orgId?: string | null; startOn?: string | null; endOn?: string | null }[];
}

export function listActors(db: Db, a: { text?: string; kind?: ActorKind; limit: number; ids?: string[] }): Actor[] {
  const where = ['a.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (a.kind) (where.push('a.kind = ?'), params.push(a.kind));
  if (a.ids) (where.push('a.id IN (SELECT value FROM json_each(?))'), params.push(JSON.stringify(a.ids)));
  const rows = db
    .prepare(
      `WITH ${liveCountsCte('live', 'record_actors', 'actor_id')}
       SELECT a.id, a.kind, a.name, a.aliases, a.region_id AS regionId, a.notes, coalesce(c.n, 0) AS recordCount
       FROM actors a LEFT JOIN live c ON c.key = a.id WHERE ${where.join(' AND ')} ORDER BY recordCount DESC, a.name`,
    )
    .all(...params) as (Omit<Actor, 'aliases' | 'posts'> & { aliases: string })[];
  const needle = a.text ? fold(a.text.trim()) : '';
  const posts = db.prepare(`SELECT id, post, org_id AS orgId, start_on AS startOn, end_on AS endOn FROM actor_posts WHERE actor_id = ? ORDER BY start_on`);
  // Most used first; names that tie in pinyin order (SQLite compares code points).
  const key = new Map(rows.map((r) => [r.id, sortKey(r.name)]));
  rows.sort((x, y) => y.recordCount - x.recordCount || (key.get(x.id)! < key.get(y.id)! ? -1 : key.get(x.id)! > key.get(y.id)! ? 1 : 0));
  return rows
    .map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }))
    .filter((r) => !needle || [r.name, ...r.aliases].some((n) => fold(n).includes(needle)))
    .slice(0, a.limit)
    .map((r) => ({ ...r, posts: posts.all(r.id) as ActorPost[], mergedFrom: mergedFrom(db, r.id) }));
}

function mergedFrom(db: Db, id: string): Actor['mergedFrom'] {
  return db
    .prepare(
      `SELECT m.from_id AS id, a.name, m.merged_at AS mergedAt FROM actor_merges m JOIN actors a ON a.id = m.from_id
       WHERE m.into_id = ? AND a.deleted_at IS NOT NULL ORDER BY m.seq DESC`,
    )
    .all(id) as Actor['mergedFrom'];
}

export function saveActor(db: Db, a: ActorInput): string {
  return writeTx(db, () => {
    const now = nowIso();
    const id = a.id ?? newId();
    if (a.regionId && !db.prepare('SELECT 1 FROM regions WHERE id = ?').get(a.regionId)) throw new AppError('invalid-argument', `unknown region: ${a.regionId}`, 'regionId');
    db.prepare(
      `INSERT INTO actors (id, kind, name, aliases, region_id, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, aliases = excluded.aliases,
         region_id = excluded.region_id, notes = excluded.notes, updated_at = excluded.updated_at`,
    ).run(id, a.kind, a.name, JSON.stringify(a.aliases), a.regionId ?? null, a.notes, now, now);
    syncChildren(
      db, 'actor_posts', 'actor_id', id,
      a.posts.map((p) => ({ id: p.id, post: p.post, org_id: p.orgId ?? null, start_on: p.startOn ?? null, end_on: p.endOn ?? null })),
      now, 'posts',
    );
    reindexActorRecords(db, [id]);
    return id;
  });
}

export function getActor(db: Db, id: string): Actor {
  const a = listActors(db, { ids: [id], limit: 1 })[0];
  if (!a) throw new AppError('not-found', `no such actor: ${id}`, 'id');
  return a;
}

export function trashActors(db: Db, ids: string[]): number {
  const now = nowIso();
  return writeTx(db, () => {
    const n = db.prepare(`UPDATE actors SET deleted_at = ?, updated_at = ? WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`).run(now, now, JSON.stringify(ids)).changes;
    reindexActorRecords(db, ids);
    return n;
  });
}

/** The live records an actor is linked to, newest first, with its roles there. */
export function actorRecords(db: Db, id: string): ActorRecord[] {
  if (!db.prepare('SELECT 1 FROM actors WHERE id = ?').get(id)) throw new AppError('not-found', `no such actor: ${id}`, 'id');
  const rows = db
    .prepare(
      `SELECT r.id, r.kind, r.title, r.date_start AS dateStart, r.date_end AS dateEnd, r.precision,
              json_group_array(json_object('role', ra.role, 'post', ra.post)) AS roles
       FROM record_actors ra JOIN records r ON r.id = ra.record_id AND r.deleted_at IS NULL
       WHERE ra.actor_id = ? GROUP BY r.id ORDER BY r.first_day IS NULL, r.first_day DESC, r.title`,
    )
    .all(id) as (Omit<ActorRecord, 'roles'> & { roles: string })[];
  return rows.map((r) => ({ ...r, roles: JSON.parse(r.roles) as ActorRecord['roles'] }));
}

interface RecordActorRow { id: string; record_id: string; actor_id: string; role: string; post: string; created_at: string; updated_at: string }

/** What a merge moved, kept so restoring the merged actor moves it back. */
interface MergeLog {
  links: string[];
  /** Links the kept actor already had (same record and role): removed from the merged one, kept whole here. */
  dropped: RecordActorRow[];
  posts: string[];
  orgPosts: string[];
  aliases: string[];
}

/**
 * Merges `from` into `into` in one transaction: record links with their roles
 * and posts, its posts held, the posts naming it as their organisation, and
 * its names (as aliases of `into`) move over; `from` goes to the trash. What
 * moved is logged (actor_merges) so restoring `from` undoes the merge.
 * Citations belong to records, so they stay with the records and follow them.
 */
export function mergeActors(db: Db, from: string, into: string): void {
  if (from === into) throw new AppError('invalid-argument', 'an actor cannot be merged into itself', 'into', { reason: 'same-actor' });
  writeTx(db, () => {
    const get = db.prepare('SELECT id, name, aliases FROM actors WHERE id = ? AND deleted_at IS NULL');
    const src = get.get(from) as { id: string; name: string; aliases: string } | undefined;
    const dst = get.get(into) as { id: string; name: string; aliases: string } | undefined;
    if (!src) throw new AppError('not-found', `no such actor: ${from}`, 'from');
    if (!dst) throw new AppError('not-found', `no such actor: ${into}`, 'into');
    const now = nowIso();
    const links = db.prepare('SELECT * FROM record_actors WHERE actor_id = ?').all(from) as RecordActorRow[];
    const clash = db.prepare('SELECT 1 FROM record_actors WHERE record_id = ? AND actor_id = ? AND role = ?');
    const log: MergeLog = { links: [], dropped: [], posts: [], orgPosts: [], aliases: [] };
    for (const l of links) {
      if (clash.get(l.record_id, into, l.role)) {
        db.prepare('DELETE FROM record_actors WHERE id = ?').run(l.id);
        log.dropped.push(l);
      } else {
        db.prepare('UPDATE record_actors SET actor_id = ?, updated_at = ? WHERE id = ?').run(into, now, l.id);
        log.links.push(l.id);
      }
    }
    log.posts = (db.prepare('SELECT id FROM actor_posts WHERE actor_id = ?').all(from) as { id: string }[]).map((r) => r.id);
    db.prepare('UPDATE actor_posts SET actor_id = ?, updated_at = ? WHERE actor_id = ?').run(into, now, from);
    log.orgPosts = (db.prepare('SELECT id FROM actor_posts WHERE org_id = ?').all(from) as { id: string }[]).map((r) => r.id);
    db.prepare('UPDATE actor_posts SET org_id = ?, updated_at = ? WHERE org_id = ?').run(into, now, from);
    const have = JSON.parse(dst.aliases) as string[];
    const known = new Set([dst.name, ...have].map(fold));
    for (const n of [src.name, ...(JSON.parse(src.aliases) as string[])]) {
      if (known.has(fold(n))) continue;
      known.add(fold(n));
      log.aliases.push(n);
    }
    db.prepare('UPDATE actors SET aliases = ?, updated_at = ? WHERE id = ?').run(JSON.stringify([...have, ...log.aliases]), now, into);
    db.prepare('UPDATE actors SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, from);
    db.prepare('INSERT INTO actor_merges (from_id, into_id, merged_at, data) VALUES (?, ?, ?, ?)').run(from, into, now, JSON.stringify(log));
    // Both: the kept actor's names now include the merged one's; dropped links no longer name `from`.
    reindexActorRecords(db, [into]);
    for (const d of log.dropped) indexRecord(db, d.record_id);
  });
}

/**
 * Undoes the merges of these actors (called as they come back from the trash,
 * inside its transaction): what moved goes back, wherever a later merge of
 * the kept actor took it, and the names it brought leave the kept actor.
 */
export function undoActorMerges(db: Db, ids: string[]): void {
  const logs = db
    .prepare(
      `SELECT m.seq, m.from_id AS fromId, m.into_id AS intoId, m.data FROM actor_merges m JOIN actors a ON a.id = m.from_id
       WHERE a.deleted_at IS NOT NULL AND m.from_id IN (SELECT value FROM json_each(?)) ORDER BY m.seq DESC`,
    )
    .all(JSON.stringify(ids)) as { seq: number; fromId: string; intoId: string; data: string }[];
  const now = nowIso();
  for (const m of logs) {
    const log = JSON.parse(m.data) as MergeLog;
    // The kept actor, and any actor it was merged into since: moved rows may be there now.
    const holders = [m.intoId];
    for (let cur = m.intoId, i = 0; i < 100; i++) {
      const next = db.prepare('SELECT into_id AS id FROM actor_merges WHERE from_id = ? ORDER BY seq DESC LIMIT 1').get(cur) as { id: string } | undefined;
      if (!next || holders.includes(next.id)) break;
      holders.push((cur = next.id));
    }
    const hs = JSON.stringify(holders);
    const touched = new Set<string>();
    for (const id of log.links) {
      const row = db.prepare(`SELECT record_id AS r FROM record_actors WHERE id = ? AND actor_id IN (SELECT value FROM json_each(?))`).get(id, hs) as { r: string } | undefined;
      if (!row) continue;
      db.prepare('UPDATE record_actors SET actor_id = ?, updated_at = ? WHERE id = ?').run(m.fromId, now, id);
      touched.add(row.r);
    }
    const insert = db.prepare(
      `INSERT OR IGNORE INTO record_actors (id, record_id, actor_id, role, post, created_at, updated_at)
       SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM records WHERE id = ?)`,
    );
    for (const d of log.dropped) {
      insert.run(d.id, d.record_id, m.fromId, d.role, d.post, d.created_at, now, d.record_id);
      touched.add(d.record_id);
    }
    db.prepare(`UPDATE actor_posts SET actor_id = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND actor_id IN (SELECT value FROM json_each(?))`)
      .run(m.fromId, now, JSON.stringify(log.posts), hs);
    db.prepare(`UPDATE actor_posts SET org_id = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND org_id IN (SELECT value FROM json_each(?))`)
      .run(m.fromId, now, JSON.stringify(log.orgPosts), hs);
    const added = new Set(log.aliases);
    for (const h of holders) {
      const a = db.prepare('SELECT aliases FROM actors WHERE id = ?').get(h) as { aliases: string } | undefined;
      if (!a) continue;
      const kept = (JSON.parse(a.aliases) as string[]).filter((n) => !added.has(n));
      db.prepare('UPDATE actors SET aliases = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(kept), now, h);
    }
    db.prepare('DELETE FROM actor_merges WHERE seq = ?').run(m.seq);
    reindexActorRecords(db, holders);
    for (const r of touched) indexRecord(db, r);
  }
}
