import type { Db } from '../../db/open';
import { stmt } from '../../db/stmt';
import { scriptForms } from '../search-queries';

/**
 * The search peer inside SQLite: what a search without an index does. LIKE
 * cannot fold traditional to simplified, so it looks for both forms (as a
 * user would have to); it counts every hit and reads the newest 50, as the
 * UI's first page needs.
 */
export function likeSearch(db: Db, query: string): { total: number; ids: string[] } {
  const forms = scriptForms(query).map((f) => `%${f}%`);
  const where = `s.deleted_at IS NULL AND (${forms.map(() => 's.title LIKE ? OR s.body LIKE ?').join(' OR ')})`;
  const params = forms.flatMap((f) => [f, f]);
  const total = (stmt(db, `SELECT count(*) AS n FROM sources s WHERE ${where}`).get(...params) as { n: number }).n;
  const ids = (stmt(db, `SELECT s.id FROM sources s WHERE ${where} ORDER BY s.seq DESC LIMIT 50`).all(...params) as { id: string }[]).map((r) => r.id);
  return { total, ids };
}
