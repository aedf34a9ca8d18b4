import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../api/errors';
import { SCHEMA_FILE } from './schema';
import { writeTx } from './tx';

export interface RecoverReport {
  method: 'sqlite3 .recover' | 'row by row';
  out: string;
  /** Rows in the new file per table (FTS tables are rebuilt at the next open, not counted). */
  tables: { table: string; rows: number; skipped: number }[];
  /** Unreadable spots stepped over (row-by-row only; .recover does not say). */
  skipped: number;
  /** Why .recover was not used although sqlite3 is installed. */
  note?: string;
  /**
   * References the salvage left pointing at lost rows, made whole: links to a lost row removed,
   * optional references (a node's parent, a progress value's source) cleared. Row by row only.
   */
  repaired?: { removed: number; cleared: number };
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function sqlite3OnPath(): string | null {
  const r = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  return r.status === 0 ? 'sqlite3' : null;
}

/** Which tables to copy: ordinary tables, without FTS5's shadow tables (the index is rebuilt from the rows). */
function plainTables(db: Database.Database): string[] {
  const rows = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL/i.test(r.sql ?? '')).map((r) => r.name);
  return rows.filter((r) => r.sql && !/^CREATE VIRTUAL/i.test(r.sql) && !virtual.some((v) => r.name.startsWith(`${v}_`))).map((r) => r.name);
}

function hasRecords(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true });
    try {
      return !!db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'records'`).get();
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

function counts(out: string, skippedBy: Map<string, number> = new Map()): RecoverReport['tables'] {
  const db = new Database(out, { readonly: true });
  try {
    return plainTables(db).map((table) => ({ table, rows: (db.prepare(`SELECT count(*) AS n FROM ${q(table)}`).get() as { n: number }).n, skipped: skippedBy.get(table) ?? 0 }));
  } finally {
    db.close();
  }
}

/** The full-text index is derived from the rows: marking it stale makes the next open rebuild it. */
function staleFts(out: string): void {
  const db = new Database(out);
  try {
    db.prepare(`DELETE FROM meta WHERE key = 'fts.version'`).run();
    db.pragma('journal_mode = DELETE');
  } catch {
    // No meta table was salvaged: the file will not open as Chainline anyway, and the counts say so.
  } finally {
    db.close();
  }
}

/**
 * Salvages what can be read from a damaged database into a new file, never
 * writing to the original: SQLite's own .recover (through the sqlite3
 * command, when installed) reads every page it can, including rows no longer
 * reachable from a table; otherwise a copy row by row that steps over rows it
 * cannot read.
 */
export function recoverDatabase(src: string, out: string, o: { method?: 'auto' | 'rows' } = {}): RecoverReport {
  if (!existsSync(src)) throw new AppError('not-found', `${src} does not exist`);
  if (existsSync(out)) throw new AppError('conflict', `${out} already exists: recover writes a new file`, 'out');
  if (path.resolve(src) === path.resolve(out)) throw new AppError('invalid-argument', 'the output must be a new file', 'out');
  const cli = o.method === 'rows' ? null : sqlite3OnPath();
  try {
    let note: string | undefined;
    if (cli) {
      const r = spawnSync('sh', ['-c', 'sqlite3 -readonly "$1" .recover | sqlite3 "$2"', 'sh', src, out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const error = (r.stderr || '').trim().split('\n').find((l) => /error/i.test(l));
      // Some sqlite3 builds (3.40.x) stop at the first FTS5 table with "SQL logic error" and write nothing useful.
      if (r.status === 0 && !error && existsSync(out) && hasRecords(out)) {
        staleFts(out);
        return { method: 'sqlite3 .recover', out, tables: counts(out), skipped: 0 };
      }
      note = `sqlite3 .recover failed (${error ?? `exit ${r.status}`}), so rows were copied one by one`;
      rmSync(out, { force: true });
    }
    return { ...rowByRow(src, out), ...(note ? { note } : {}) };
  } catch (err) {
    rmSync(out, { force: true });
    throw err;
  }
}

function rowByRow(src: string, out: string): RecoverReport {
  const from = new Database(src, { readonly: true, fileMustExist: true });
  const to = new Database(out);
  const skippedBy = new Map<string, number>();
  let skipped = 0;
  let repaired: RecoverReport['repaired'];
  try {
    // The schema: the damaged file's own if it can be read, else this app's.
    let schema: { type: string; name: string; sql: string }[];
    let version: number;
    try {
      schema = from.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'`).all() as typeof schema;
      version = from.pragma('user_version', { simple: true }) as number;
    } catch {
      schema = [];
      version = 0;
    }
    if (!schema.length) {
      to.exec(readFileSync(SCHEMA_FILE, 'utf8'));
      version = Number(/user_version = (\d+)/.exec(readFileSync(SCHEMA_FILE, 'utf8'))?.[1] ?? 0);
    } else {
      const virtual = schema.filter((s) => /^CREATE VIRTUAL/i.test(s.sql)).map((s) => s.name);
      const shadow = (n: string) => virtual.some((v) => n.startsWith(`${v}_`));
      for (const s of schema.filter((s) => s.type === 'table' && !shadow(s.name))) to.exec(s.sql);
    }
    to.pragma(`user_version = ${version}`);
    to.pragma('foreign_keys = OFF');
    for (const table of plainTables(to)) {
      const cols = (to.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
      const sql = (to.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).get(table) as { sql: string }).sql;
      if (/WITHOUT\s+ROWID/i.test(sql)) {
        // No rowid to step by: copied in one pass, as far as it reads.
        const ins = to.prepare(`INSERT OR IGNORE INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
        let lost = 0;
        to.exec('BEGIN');
        try {
          for (const r of from.prepare(`SELECT ${cols.map(q).join(', ')} FROM ${q(table)}`).iterate() as Iterable<Record<string, unknown>>) ins.run(...cols.map((c) => r[c]));
        } catch {
          lost = 1;
        }
        to.exec('COMMIT');
        skippedBy.set(table, lost);
        skipped += lost;
        continue;
      }
      const insert = to.prepare(`INSERT OR IGNORE INTO ${q(table)} (rowid, ${cols.map(q).join(', ')}) VALUES (?, ${cols.map(() => '?').join(', ')})`);
      const page = from.prepare(`SELECT rowid AS _rowid_, ${cols.map(q).join(', ')} FROM ${q(table)} WHERE rowid > ? ORDER BY rowid LIMIT 200`);
      let after = -Infinity;
      let gap = 1;
      let lost = 0;
      let max: number;
      try {
        max = (from.prepare(`SELECT max(rowid) AS n FROM ${q(table)}`).get() as { n: number | null }).n ?? 0;
      } catch {
        max = Number.MAX_SAFE_INTEGER;
      }
      const tx = (rows: Record<string, unknown>[]) =>
        writeTx(to, () => {
          for (const r of rows) insert.run(r._rowid_, ...cols.map((c) => r[c]));
        });
      for (;;) {
        let rows: Record<string, unknown>[];
        try {
          rows = page.all(after === -Infinity ? Number.MIN_SAFE_INTEGER : after) as Record<string, unknown>[];
        } catch {
          // A damaged page: step over rowids, further each time, until reading works again.
          const from_ = after === -Infinity ? 0 : after;
          if (from_ >= max) break;
          after = from_ + gap;
          lost++;
          gap = Math.min(gap * 2, 4096);
          continue;
        }
        if (!rows.length) break;
        gap = 1;
        tx(rows);
        after = rows[rows.length - 1]._rowid_ as number;
      }
      skippedBy.set(table, lost);
      skipped += lost;
    }
    // Indexes and triggers after the rows: a damaged file may hold duplicates a unique index would refuse.
    for (const s of schema.filter((s) => s.type === 'index' || s.type === 'trigger' || (s.type === 'table' && /^CREATE VIRTUAL/i.test(s.sql)))) {
      try {
        to.exec(s.sql);
      } catch {
        // An index the salvaged rows violate is left out; the next open's migration check reports it.
      }
    }
    repaired = repairReferences(to);
  } finally {
    from.close();
    to.close();
  }
  staleFts(out);
  return { method: 'row by row', out, tables: counts(out, skippedBy), skipped, repaired };
}

/**
 * A lost page can take parent rows with it (a province, a source) while their children were read:
 * the salvaged file would then fail its foreign-key check and could not be opened. Links to lost
 * rows are removed and optional references cleared, so every row that could be read is kept
 * usable; what was done is reported.
 */
function repairReferences(db: Database.Database): { removed: number; cleared: number } {
  let removed = 0;
  let cleared = 0;
  for (let pass = 0; pass < 5; pass++) {
    const bad = db.pragma('foreign_key_check') as { table: string; fkid: number }[];
    if (!bad.length) break;
    // Set-based per broken reference: link tables are WITHOUT ROWID, so rows cannot be named one by one.
    for (const key of new Set(bad.map((b) => `${b.table}\u0000${b.fkid}`))) {
      const [table, fkid] = key.split('\u0000');
      const fk = (db.pragma(`foreign_key_list(${q(table)})`) as { id: number; table: string; from: string; to: string | null }[]).find((f) => f.id === Number(fkid));
      if (!fk) continue;
      const col = (db.pragma(`table_info(${q(table)})`) as { name: string; notnull: number; pk: number }[]).find((c) => c.name === fk.from);
      const lost = `${q(fk.from)} IS NOT NULL AND ${q(fk.from)} NOT IN (SELECT ${q(fk.to ?? 'id')} FROM ${q(fk.table)})`;
      if (col && !col.notnull && !col.pk) cleared += db.prepare(`UPDATE ${q(table)} SET ${q(fk.from)} = NULL WHERE ${lost}`).run().changes;
      else removed += db.prepare(`DELETE FROM ${q(table)} WHERE ${lost}`).run().changes;
    }
  }
  return { removed, cleared };
}
