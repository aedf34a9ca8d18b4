import { stmt } from '../stmt';
import { newId, nowIso } from '../ids';
import type { Db } from '../connection';
import { liveCountsCte } from '../queries/live-counts';

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
      `WITH ${liveCountsCte('live', 'record_tags', 'tag_id')}
       SELECT t.name, coalesce(c.n, 0) AS count FROM tags t LEFT JOIN live c ON c.key = t.id ORDER BY count DESC, t.name`,
    )
    .all() as { name: string; count: number }[];
}
