import { nowIso } from '../ids';
import type { Db } from '../connection';
import { reindex } from './fts-sync';
import { tagIds } from './tags';
import { writeTx } from '../tx';

const IDS = `(SELECT value FROM json_each(?))`;

/** Moves records to the trash (or back): one transaction, however many. */
export function setRecordsTrashed(db: Db, ids: string[], trashed: boolean): number {
  const now = nowIso();
  return writeTx(db, () => {
    const changed = db
      .prepare(
        trashed
          ? `UPDATE records SET deleted_at = ?, updated_at = ? WHERE deleted_at IS NULL AND id IN ${IDS}`
          : `UPDATE records SET deleted_at = NULL, updated_at = ? WHERE deleted_at IS NOT NULL AND id IN ${IDS}`,
      )
      .run(...(trashed ? [now, now] : [now]), JSON.stringify(ids)).changes;
    reindex(db, 'records', ids);
    return changed;
  });
}

export function tagRecords(db: Db, ids: string[], add: string[], remove: string[]): number {
  return writeTx(db, () => {
    const json = JSON.stringify(ids);
    let changed = 0;
    for (const tag of tagIds(db, add)) {
      changed += db.prepare(`INSERT OR IGNORE INTO record_tags (record_id, tag_id) SELECT id, ? FROM records WHERE id IN ${IDS}`).run(tag, json).changes;
    }
    if (remove.length) {
      changed += db
        .prepare(`DELETE FROM record_tags WHERE record_id IN ${IDS} AND tag_id IN (SELECT id FROM tags WHERE name IN ${IDS})`)
        .run(json, JSON.stringify(remove)).changes;
    }
    db.prepare(`UPDATE records SET updated_at = ? WHERE id IN ${IDS}`).run(nowIso(), json);
    return changed;
  });
}
