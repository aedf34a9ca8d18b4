import type { Db } from './connection';

export interface QuickCheck {
  ok: boolean;
  /** The first problem found, as SQLite words it. */
  problem: string | null;
  ms: number;
  /** Tables checked whole (with their indexes). */
  tables: number;
  /** Tables too large for the time budget: probed at spread-out rows instead. */
  sampled: number;
}

const PROBES = 64;

/** quick_check's report on one line: "*** in database main ***" dropped, lines joined. */
const plain = (s: string) =>
  s.replace(/\*\*\* in database \w+ \*\*\*/g, '').split('\n').map((l) => l.trim()).filter(Boolean).join('; ');

function userTables(db: Db): { name: string; rowid: boolean }[] {
  const rows = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string | null }[];
  return rows.filter((r) => r.sql && !/^CREATE VIRTUAL/i.test(r.sql)).map((r) => ({ name: r.name, rowid: !/WITHOUT\s+ROWID/i.test(r.sql!) }));
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * PRAGMA quick_check reads every page, which is seconds on a large database
 * (about 2 s at 100,000 records), too slow for every open. This checks the
 * file's size against its page count, the schema, then whole tables
 * (smallest first, each with its indexes: quick_check(TABLE)) while the time
 * budget lasts; tables left over are probed at PROBES rows spread over their
 * rowid range, which reads the b-tree pages on the way to each. Any failure
 * counts: a SQLITE_CORRUPT thrown by a read is a problem like any other.
 * `chainline check` runs the full integrity_check.
 */
export function boundedQuickCheck(db: Db, fileSize: number | null, budgetMs = 250): QuickCheck {
  const start = performance.now();
  const done = (problem: string | null, tables = 0, sampled = 0): QuickCheck => ({ ok: problem === null, problem: problem && plain(problem), ms: Math.round(performance.now() - start), tables, sampled });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    // Pages may still sit in the WAL, so the file can be shorter than page_count; but it is always whole pages.
    if (fileSize !== null && fileSize > 0 && fileSize % pageSize !== 0) return done(`the file size ${fileSize} is not a multiple of the page size ${pageSize}`);
    const schema = db.pragma('quick_check(sqlite_schema)', { simple: true });
    if (schema !== 'ok') return done(String(schema));
    const tables = userTables(db);
    const sizes = tables.map((t) => ({ ...t, rows: (db.prepare(`SELECT count(*) AS n FROM ${q(t.name)}`).get() as { n: number }).n }));
    sizes.sort((a, b) => a.rows - b.rows);
    let whole = 0;
    let sampled = 0;
    let rate = 0; // ms per row seen so far: estimates whether the next table fits
    for (const t of sizes) {
      const elapsed = performance.now() - start;
      const fits = elapsed + rate * t.rows <= budgetMs && (t.rows < 2000 || rate > 0);
      if (fits || !t.rowid) {
        const s = performance.now();
        const r = db.pragma(`quick_check(${q(t.name)})`, { simple: true });
        if (r !== 'ok') return done(String(r), whole, sampled);
        if (t.rows > 0) rate = Math.max(rate, (performance.now() - s) / t.rows);
        whole++;
      } else {
        const { lo, hi } = db.prepare(`SELECT min(rowid) AS lo, max(rowid) AS hi FROM ${q(t.name)}`).get() as { lo: number; hi: number };
        const probe = db.prepare(`SELECT * FROM ${q(t.name)} WHERE rowid >= ? LIMIT 1`);
        for (let i = 0; i < PROBES; i++) probe.all(Math.floor(lo + ((hi - lo) * i) / PROBES));
        sampled++;
      }
    }
    return done(null, whole, sampled);
  } catch (err) {
    return done((err as Error).message);
  }
}

export interface FullCheck {
  ok: boolean;
  integrity: string[];
  foreignKeys: { table: string; rowid: number; parent: string }[];
  fts: { table: string; ok: boolean; problem: string | null }[];
  ms: number;
}

/** The whole check: integrity_check (every page, every index entry), foreign_key_check and FTS5's own integrity-check of every full-text table. */
export function fullCheck(db: Db): FullCheck {
  const start = performance.now();
  let integrity: string[];
  try {
    integrity = (db.pragma('integrity_check(100)') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (err) {
    integrity = [(err as Error).message];
  }
  let foreignKeys: FullCheck['foreignKeys'] = [];
  try {
    foreignKeys = (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
  } catch (err) {
    integrity.push((err as Error).message);
  }
  const fts = ftsTables(db).map((table) => {
    try {
      db.prepare(`INSERT INTO ${q(table)} (${q(table)}) VALUES ('integrity-check')`).run();
      return { table, ok: true, problem: null };
    } catch (err) {
      return { table, ok: false, problem: (err as Error).message };
    }
  });
  const intOk = integrity.length === 1 && integrity[0] === 'ok';
  return { ok: intOk && foreignKeys.length === 0 && fts.every((f) => f.ok), integrity: intOk ? [] : integrity, foreignKeys, fts, ms: Math.round(performance.now() - start) };
}

export function ftsTables(db: Db): string[] {
  try {
    return (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'`).all() as { name: string }[]).map((r) => r.name);
  } catch {
    return [];
  }
}
