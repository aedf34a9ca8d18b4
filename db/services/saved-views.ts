import type { ParsedTimelineView } from '../../api/contract/export';
import type { SavedView } from '../../api/contract/saved-views';
import type { Db } from '../connection';

// Saved views live in the meta table (the schema reserves it for them) under
// one key per name, so adding one never rewrites the others.
const PREFIX = 'timeline-view:';

export function listSavedViews(db: Db): SavedView[] {
  const rows = db.prepare(`SELECT value FROM meta WHERE key >= ? AND key < ? ORDER BY key`).all(PREFIX, `${PREFIX}\uffff`) as { value: string }[];
  return rows.map((r) => JSON.parse(r.value) as SavedView);
}

export function putSavedView(db: Db, name: string, view: ParsedTimelineView): SavedView {
  const saved: SavedView = { name, view, savedAt: new Date().toISOString() };
  db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(PREFIX + name, JSON.stringify(saved));
  return saved;
}

export function deleteSavedView(db: Db, name: string): boolean {
  return db.prepare(`DELETE FROM meta WHERE key = ?`).run(PREFIX + name).changes > 0;
}
