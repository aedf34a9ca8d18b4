import type { TrashItem } from '../../api/contract/trash';
import type { Db } from '../connection';
import { reindex, reindexActorRecords, unindex } from './fts-sync';
import { invalidateTree } from '../queries/tree-cache';
import { writeTx } from '../tx';
import { undoActorMerges } from './actors';

const TABLES = [
  { kind: 'record', table: 'records', title: 'title' },
  { kind: 'source', table: 'sources', title: 'title' },
  { kind: 'actor', table: 'actors', title: 'name' },
  { kind: 'chain', table: 'chains', title: 'name' },
  { kind: 'region', table: 'regions', title: 'name' },
] as const;

export function listTrash(db: Db, limit: number): TrashItem[] {
  const sql = TABLES.map((t) => `SELECT id, '${t.kind}' AS kind, ${t.title} AS title, deleted_at AS deletedAt FROM ${t.table} WHERE deleted_at IS NOT NULL`).join(' UNION ALL ');
  return db.prepare(`${sql} ORDER BY deletedAt DESC LIMIT ?`).all(limit) as TrashItem[];
}

/** Restores items of any kind by id; one transaction. */
export function restoreTrash(db: Db, ids: string[]): number {
  return writeTx(db, () => {
    let n = 0;
    const now = new Date().toISOString();
    // An actor merged into another comes back with what the merge moved.
    undoActorMerges(db, ids);
    // A tree node goes to the trash with its subtree in one step (one deleted_at);
    // restoring it brings back what went with it, not children trashed before.
    for (const tree of ['chains', 'regions'] as const) {
      n += db
        .prepare(
          `WITH RECURSIVE sub (id, at) AS (
             SELECT id, deleted_at FROM ${tree} WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))
             UNION SELECT c.id, sub.at FROM ${tree} c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at = sub.at)
           UPDATE ${tree} SET deleted_at = NULL, updated_at = ? WHERE id IN (SELECT id FROM sub)`,
        )
        .run(JSON.stringify(ids), now).changes;
    }
    for (const t of TABLES) {
      n += db.prepare(`UPDATE ${t.table} SET deleted_at = NULL, updated_at = ? WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))`).run(now, JSON.stringify(ids)).changes;
    }
    reindex(db, 'records', ids);
    reindex(db, 'sources', ids);
    reindexActorRecords(db, ids);
    invalidateTree(db, 'chains');
    invalidateTree(db, 'regions');
    return n;
  });
}

/** Deletes trashed items for good (only items already in the trash). */
export function purgeTrash(db: Db, ids: string[]): number {
  return writeTx(db, () => {
    const json = JSON.stringify(ids);
    let n = 0;
    for (const t of ['records', 'sources'] as const) {
      const rows = db.prepare(`SELECT seq FROM ${t} WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))`).all(json) as { seq: number }[];
      rows.forEach((r) => unindex(db, t, r.seq));
    }
    for (const t of ['records', 'sources', 'actors', 'chains', 'regions']) {
      if (t === 'chains' || t === 'regions') {
        // Children of a purged node (trashed or not) lose their parent rather than block the delete.
        db.prepare(`UPDATE ${t} SET parent_id = NULL WHERE parent_id IN (SELECT value FROM json_each(?))`).run(json);
      }
      n += db.prepare(`DELETE FROM ${t} WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))`).run(json).changes;
    }
    invalidateTree(db, 'chains');
    invalidateTree(db, 'regions');
    return n;
  });
}
