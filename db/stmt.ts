import type Database from 'better-sqlite3';

// better-sqlite3 compiles a statement on every prepare(); bulk paths (import,
// demo data, FTS upkeep) reuse compiled statements per connection instead.
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(db: Database.Database, sql: string): Database.Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}
