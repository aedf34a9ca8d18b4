import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../api/errors';
import { backedUpToday, backupDir, backupNowSync, newestGoodBackup, readPolicy } from './backups';
import type { Db } from './connection';
import { corruptMessage, HEALTHY, readOnlyMessage, sqliteCode, translateSqliteError, type DbHealth } from './health';
import { boundedQuickCheck } from './integrity';
import { loadMigrations, migrate, type MigrateResult } from './migrate';
import { MIGRATIONS_DIR } from './schema';
import { ensureSeed } from './seed/seed';
import { ensureFtsIndex } from './services/fts-sync';
import { ensureSortKeys } from './services/sort-keys';

// SQLite's default page cache is 2 MB: at 100,000 records a filtered listing
// read most of its pages from the OS again on every query. 64 MB holds the
// indexes and link tables a filter walks; it is only used as pages are read.
const CACHE_SIZE = 'cache_size = -65536';

export type { Db, DbHealth };

export interface OpenResult {
  db: Db;
  migration: MigrateResult;
  /** ok, or opened read-only because the file cannot be written or is damaged. */
  health: DbHealth;
}

export interface OpenOptions {
  migrationsDir?: string;
  /** Automatic backups (the day's first open, before a migration); on unless turned off (tests of other things). */
  backups?: boolean;
  /** Time for the integrity check at open, in ms. */
  checkBudgetMs?: number;
  /** Open read-only even where the file could be written. */
  readOnly?: boolean;
}

function writable(p: string): boolean {
  try {
    accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function isFsReadOnly(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

/**
 * A read-only connection. WAL needs its -shm file beside the database, which a
 * read-only folder cannot hold (SQLite then refuses even to read); there the
 * file is read into memory with its header switched to rollback mode, and
 * read from there. Changes still in a -wal file are then not seen, and the
 * detail says so.
 */
function openReadOnly(file: string, health: Omit<DbHealth, 'check'>, check: DbHealth['check'] = null): OpenResult {
  const dir = path.dirname(file);
  const walMode = (() => {
    const head = readFileSync(file).subarray(0, 20);
    return head.length >= 20 && head[18] === 2;
  })();
  const shmCanExist = writable(dir) || existsSync(`${file}-shm`);
  let db: Db;
  let detail = health.detail;
  if (!walMode || shmCanExist) {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } else {
    const buf = readFileSync(file);
    buf[18] = 1;
    buf[19] = 1;
    db = new Database(buf, { readonly: true });
    if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) detail = `${detail ?? ''}${detail ? '; ' : ''}the latest changes are in ${path.basename(file)}-wal and cannot be read from this folder`;
  }
  db.pragma('busy_timeout = 5000');
  db.pragma(CACHE_SIZE);
  const version = db.pragma('user_version', { simple: true }) as number;
  return { db, migration: { from: version, to: version, backup: null }, health: { ...health, detail, check } };
}

/**
 * Opens (creating if needed) a Chainline database: WAL with synchronous=FULL so
 * a commit survives a power cut, foreign keys enforced, checked for damage,
 * backed up (the day's first open, and before a migration), migrated and
 * seeded. A damaged file is opened read-only (health says so and names the
 * newest good backup); so is one that cannot be written. An empty file is
 * refused: it is what is left of a database, not a new one.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): OpenResult {
  if (file === ':memory:') return openWritable(file, new Database(file), opts, false);
  const abs = path.resolve(file);
  const exists = existsSync(abs);
  if (exists) {
    const st = statSync(abs);
    if (!st.isFile()) throw new AppError('invalid-argument', `${file} is not a file`);
    if (st.size === 0) {
      const backup = newestGoodBackup(abs);
      throw new AppError('db-corrupt', `${file} is empty: not a Chainline database${backup ? `; the newest good backup is ${backup}` : ''}`);
    }
  } else {
    try {
      mkdirSync(path.dirname(abs), { recursive: true });
    } catch (err) {
      if (isFsReadOnly(err)) throw new AppError('read-only', `cannot create ${file}: its folder is read-only`);
      throw err;
    }
  }
  const dirOk = writable(path.dirname(abs));
  if (!exists && !dirOk) throw new AppError('read-only', `cannot create ${file}: its folder is read-only`);
  if (opts.readOnly || !dirOk || (exists && !writable(abs))) {
    const why = opts.readOnly ? null : !dirOk ? 'its folder cannot be written' : 'the file cannot be written';
    return checked(abs, openReadOnly(abs, { mode: 'read-only', detail: why, backup: null }), opts);
  }
  let db: Db;
  try {
    db = new Database(abs);
  } catch (err) {
    throw openError(err, abs);
  }
  // A failed check reopens the file read-only, so that nothing is written to a damaged database.
  let size: number | null = null;
  try {
    size = statSync(abs).size;
    if (existsSync(`${abs}-wal`) && statSync(`${abs}-wal`).size > 0) size = null;
  } catch {
    size = null;
  }
  const check = exists ? boundedQuickCheck(db, size, opts.checkBudgetMs) : null;
  if (check && !check.ok) {
    db.close();
    if (/not a database/i.test(check.problem ?? '')) throw notADatabase(file, abs);
    return damaged(abs, check.problem!, { ms: check.ms, tables: check.tables, sampled: check.sampled });
  }
  const result = openWritable(abs, db, opts, exists);
  result.health = { ...result.health, check: check && { ms: check.ms, tables: check.tables, sampled: check.sampled } };
  return result;
}

function notADatabase(file: string, abs: string): AppError {
  const backup = newestGoodBackup(abs);
  return new AppError('db-corrupt', `${file} is not a Chainline database (file is not a database)${backup ? `; the newest good backup is ${backup}` : ''}`);
}

function damaged(abs: string, problem: string, check: DbHealth['check']): OpenResult {
  const backup = newestGoodBackup(abs);
  try {
    return openReadOnly(abs, { mode: 'corrupt', detail: problem, backup }, check);
  } catch (err) {
    throw new AppError('db-corrupt', corruptMessage(abs, `${problem}; ${(err as Error).message}`, backup));
  }
}

/** Read-only opens still need a schema this app understands, and a look at whether the file reads at all. */
function checked(abs: string, r: OpenResult, opts: OpenOptions): OpenResult {
  try {
    const latest = loadMigrations(opts.migrationsDir ?? MIGRATIONS_DIR).length;
    const v = r.migration.from;
    if (v > latest) throw new AppError('db-too-new', `this database has schema version ${v}, newer than this Chainline (${latest}); update Chainline to open it`);
    if (v < latest) throw new AppError('read-only', `${readOnlyMessage(abs, r.health.detail)}; it needs an upgrade (schema ${v} to ${latest}), which cannot be written here: copy it to a writable folder`);
    if (r.health.mode === 'read-only') {
      const c = boundedQuickCheck(r.db, null, opts.checkBudgetMs);
      if (!c.ok) {
        r.db.close();
        return damagedReadOnly(abs, c.problem!, r.health.detail);
      }
      r.health.check = { ms: c.ms, tables: c.tables, sampled: c.sampled };
    }
    return r;
  } catch (err) {
    if (r.db.open) r.db.close();
    throw translateSqliteError(err, abs, r.health);
  }
}

function damagedReadOnly(abs: string, problem: string, why: string | null): OpenResult {
  const backup = existsSync(backupDir(abs)) ? newestGoodBackup(abs) : null;
  const r = openReadOnly(abs, { mode: 'corrupt', detail: `${problem}${why ? `; ${why}` : ''}`, backup });
  return r;
}

function openError(err: unknown, abs: string): unknown {
  const code = sqliteCode(err);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR') return new AppError('io-error', `cannot open ${abs}: the disk could not be read (${(err as Error).message})`);
  return translateSqliteError(err, abs);
}

function openWritable(file: string, db: Db, opts: OpenOptions, existed: boolean): OpenResult {
  const memory = file === ':memory:';
  try {
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma(CACHE_SIZE);
    const migrations = loadMigrations(opts.migrationsDir ?? MIGRATIONS_DIR);
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
    const auto = !memory && existed && opts.backups !== false && version > 0 && version <= latest;
    let backup: string | null = null;
    if (auto && version < latest) backup = backupNowSync(db, file, 'before-migration', { policy: readPolicy(db) }).file;
    else if (auto && !backedUpToday(file)) backupNowSync(db, file, 'daily', { policy: readPolicy(db) });
    const migration = { ...migrate(db, migrations), backup };
    // Only after the version check: switching to WAL rewrites the file header,
    // and a database newer than this app must be left exactly as it was.
    db.pragma('journal_mode = WAL');
    ensureSeed(db);
    ensureFtsIndex(db);
    ensureSortKeys(db);
    return { db, migration, health: { ...HEALTHY } };
  } catch (err) {
    db.close();
    throw translateSqliteError(err, file);
  }
}
