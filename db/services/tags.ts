import { stmt } from '../stmt';
import { newId, nowIso } from '../ids';
import type { Db } from '../connection';

/** Tag ids for names, creating the tags that do not exist yet. */
export function tagIds(db: Db, names: string[]): string[] {
  const now = nowIso();
  const find = stmt(db, 'SELECT id FROM tags WHERE name = ?');
  const insert = stmt(db, 'INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
  return [...new Set(names.map((n) => n.trim()))].map((name) => {
    const row = find.get(name) as { id: string } | undefined;
    if (row) return row.id;
    const id = newId();
    insert.run(id, name, now, now);
    return id;
  });
}

export function listTags(db: Db): { name: string; count: number }[] {
  return db
    .prepare(
      `SELECT t.name, count(r.id) AS count FROM tags t
       LEFT JOIN record_tags rt ON rt.tag_id = t.id LEFT JOIN records r ON r.id = rt.record_id AND r.deleted_at IS NULL
       GROUP BY t.id ORDER BY count DESC, t.name`,
    )
    .all() as { name: string; count: number }[];
}
