import { stmt } from '../stmt';
import { AppError } from '../../api/errors';
import { newId } from '../ids';
import type { Db } from '../connection';

type Row = Record<string, unknown> & { id?: string };

/**
 * Makes a parent's child rows equal to `rows`: updates those whose id exists
 * under this parent, inserts the rest, deletes the ones no longer listed. Ids
 * stay stable across edits, which later bundle merges rely on.
 * Table and column names come from our own code, never from input.
 */
export function syncChildren(db: Db, table: string, parentCol: string, parentId: string, rows: Row[], now: string, field: string): string[] {
  const existing = new Map(
    (stmt(db, `SELECT id, ${parentCol} AS parent FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).all(
      JSON.stringify(rows.map((r) => r.id).filter(Boolean)),
    ) as { id: string; parent: string }[]).map((r) => [r.id, r.parent]),
  );
  const ids = rows.map((r, i) => {
    const owner = r.id ? existing.get(r.id) : undefined;
    if (owner !== undefined && owner !== parentId) throw new AppError('conflict', `${table} ${r.id} belongs to another record`, `${field}.${i}.id`);
    return r.id ?? newId();
  });
  stmt(db, `DELETE FROM ${table} WHERE ${parentCol} = ? AND id NOT IN (SELECT value FROM json_each(?))`).run(parentId, JSON.stringify(ids));
  rows.forEach((r, i) => {
    const cols = Object.keys(r).filter((k) => k !== 'id');
    if (r.id && existing.has(r.id)) {
      stmt(db, `UPDATE ${table} SET ${cols.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...cols.map((c) => r[c]), now, ids[i]);
    } else {
      stmt(db, 
        `INSERT INTO ${table} (id, ${parentCol}, ${cols.join(', ')}, created_at, updated_at) VALUES (?, ?, ${cols.map(() => '?').join(', ')}, ?, ?)`,
      ).run(ids[i], parentId, ...cols.map((c) => r[c]), now, now);
    }
  });
  return ids;
}
