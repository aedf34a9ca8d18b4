import { AppError } from '../../api/errors';
import type { Actor, ActorPost } from '../../api/contract/actors';
import type { ActorKind } from '../../api/contract/common';
import { newId, nowIso } from '../ids';
import type { Db } from '../connection';
import { fold } from '../text/fold';
import { syncChildren } from './children';
import { writeTx } from '../tx';
import { reindexActorRecords } from './fts-sync';

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
      `SELECT a.id, a.kind, a.name, a.aliases, a.region_id AS regionId, a.notes,
              (SELECT count(*) FROM record_actors ra JOIN records r ON r.id = ra.record_id AND r.deleted_at IS NULL WHERE ra.actor_id = a.id) AS recordCount
       FROM actors a WHERE ${where.join(' AND ')} ORDER BY recordCount DESC, a.name`,
    )
    .all(...params) as (Omit<Actor, 'aliases' | 'posts'> & { aliases: string })[];
  const needle = a.text ? fold(a.text.trim()) : '';
  const posts = db.prepare(`SELECT id, post, org_id AS orgId, start_on AS startOn, end_on AS endOn FROM actor_posts WHERE actor_id = ? ORDER BY start_on`);
  return rows
    .map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }))
    .filter((r) => !needle || [r.name, ...r.aliases].some((n) => fold(n).includes(needle)))
    .slice(0, a.limit)
    .map((r) => ({ ...r, posts: posts.all(r.id) as ActorPost[] }));
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
