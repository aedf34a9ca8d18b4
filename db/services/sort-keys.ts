import type { Db } from '../connection';
import { SORT_KEY_VERSION, sortKey } from '../text/sort-key';
import { writeTx } from '../tx';

/** Fills title sort keys that are missing or were made by an older key function (once, at open). */
export function ensureSortKeys(db: Db): void {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'sortkey.version'`).get() as { value: string } | undefined;
  const stale = row?.value !== SORT_KEY_VERSION;
  const rows = db.prepare(`SELECT id, title FROM records${stale ? '' : ' WHERE title_key IS NULL'}`).all() as { id: string; title: string }[];
  if (!rows.length && !stale) return;
  writeTx(db, () => {
    const set = db.prepare('UPDATE records SET title_key = ? WHERE id = ?');
    for (const r of rows) set.run(sortKey(r.title), r.id);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('sortkey.version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(SORT_KEY_VERSION);
  });
}
