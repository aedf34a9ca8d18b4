import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export type DatabaseFileKind = 'missing' | 'empty' | 'chainline' | 'foreign' | 'not-sqlite';

const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

function header(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_HEADER.length);
    readSync(fd, buf, 0, buf.length, 0);
    return buf;
  } finally {
    closeSync(fd);
  }
}

/**
 * What a file chosen in "Open database…" is, before the app opens it for
 * writing: opening runs migrations, and those must never be run on another
 * program's SQLite file (they would add Chainline's tables to it) or on a
 * file that is not a database at all.
 */
export function classifyDatabaseFile(file: string): DatabaseFileKind {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return 'not-sqlite';
    size = st.size;
  } catch {
    return 'missing';
  }
  if (size === 0) return 'empty';
  if (!header(file).equals(SQLITE_HEADER)) return 'not-sqlite';
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    if (tables.length === 0 && version === 0) return 'empty';
    return version > 0 && tables.includes('records') && tables.includes('sources') ? 'chainline' : 'foreign';
  } catch {
    return 'not-sqlite';
  } finally {
    db.close();
  }
}
