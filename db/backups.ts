import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../api/errors';
import type { Db } from './connection';

// Backups live beside the database in `<file>.backups/`, one self-contained
// SQLite file each (rollback journal, not WAL, so a backup is one file to copy
// or open), named by time and reason so a listing sorts by age:
// 2024-06-12T08-30-00-000Z-daily.db.

export const REASONS = ['daily', 'manual', 'before-migration', 'before-delete', 'before-purge', 'before-merge', 'before-import', 'before-demo', 'before-restore', 'before-bundle'] as const;
export type BackupReason = (typeof REASONS)[number];

export interface BackupPolicy {
  /** The newest this many are always kept. */
  keep: number;
  /** Plus the newest of each of the last this many weeks. */
  weeks: number;
}
export const DEFAULT_POLICY: BackupPolicy = { keep: 10, weeks: 8 };

export interface BackupInfo {
  name: string;
  file: string;
  /** When it was taken (ISO). */
  at: string;
  reason: string;
  size: number;
  /** Live records in it; null when it cannot be read. */
  records: number | null;
  schemaVersion: number | null;
}

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.db$/;
const DAY = 24 * 3600 * 1000;

export const backupDir = (dbPath: string) => `${path.resolve(dbPath)}.backups`;

const stampOf = (d: Date) => d.toISOString().replace(/[:.]/g, '-');
const dateOf = (stamp: string) => new Date(stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z'));

function fsyncPath(p: string, dir = false): void {
  let fd: number | undefined;
  try {
    fd = openSync(p, dir ? 'r' : 'r+');
    fsyncSync(fd);
  } catch {
    // Directories cannot be fsynced on every platform (Windows); the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function describeBackup(file: string): Pick<BackupInfo, 'records' | 'schemaVersion'> {
  let b: Database.Database | undefined;
  try {
    b = new Database(file, { readonly: true, fileMustExist: true });
    return {
      records: (b.prepare('SELECT count(*) AS n FROM records WHERE deleted_at IS NULL').get() as { n: number }).n,
      schemaVersion: b.pragma('user_version', { simple: true }) as number,
    };
  } catch {
    return { records: null, schemaVersion: null };
  } finally {
    b?.close();
  }
}

/** Backups in the database's folder, newest first (with record counts: each is opened read-only). */
export function listBackups(dbPath: string, o: { counts?: boolean } = {}): BackupInfo[] {
  const dir = backupDir(dbPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => (a.name < b.name ? 1 : -1))
    .map(({ name, m }) => {
      const file = path.join(dir, name);
      const info = { name, file, at: dateOf(m[1]).toISOString(), reason: m[2], size: statSync(file).size };
      return { ...info, ...(o.counts === false ? { records: null, schemaVersion: null } : describeBackup(file)) };
    });
}

export interface Verified {
  ok: boolean;
  problem: string | null;
  records: number | null;
  schemaVersion: number | null;
}

/** Opens a backup read-only and checks every page (quick_check) and that it is a Chainline database. */
export function verifyBackup(file: string): Verified {
  let b: Database.Database | undefined;
  try {
    if (!existsSync(file)) return { ok: false, problem: `${file} does not exist`, records: null, schemaVersion: null };
    if (statSync(file).size === 0) return { ok: false, problem: `${file} is empty: not a Chainline database`, records: null, schemaVersion: null };
    b = new Database(file, { readonly: true, fileMustExist: true });
    const check = b.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') return { ok: false, problem: `integrity check failed: ${check}`, records: null, schemaVersion: null };
    const schemaVersion = b.pragma('user_version', { simple: true }) as number;
    const hasRecords = b.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'records'`).get();
    if (!schemaVersion || !hasRecords) return { ok: false, problem: `${file} is not a Chainline database`, records: null, schemaVersion };
    const records = (b.prepare('SELECT count(*) AS n FROM records WHERE deleted_at IS NULL').get() as { n: number }).n;
    return { ok: true, problem: null, records, schemaVersion };
  } catch (err) {
    return { ok: false, problem: (err as Error).message, records: null, schemaVersion: null };
  } finally {
    b?.close();
  }
}

/** The newest backup that passes its check (checked newest first, at most `tries` of them). */
export function newestGoodBackup(dbPath: string, tries = 5): string | null {
  for (const b of listBackups(dbPath, { counts: false }).slice(0, tries)) if (verifyBackup(b.file).ok) return b.file;
  return null;
}

export function readPolicy(db: Db): BackupPolicy {
  try {
    const row = db.prepare(`SELECT value FROM meta WHERE key = 'backup.policy'`).get() as { value: string } | undefined;
    const p = row ? (JSON.parse(row.value) as Partial<BackupPolicy>) : {};
    const n = (v: unknown, d: number) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : d);
    return { keep: Math.max(1, n(p.keep, DEFAULT_POLICY.keep)), weeks: n(p.weeks, DEFAULT_POLICY.weeks) };
  } catch {
    return DEFAULT_POLICY;
  }
}

export function writePolicy(db: Db, p: BackupPolicy): void {
  if (!Number.isInteger(p.keep) || p.keep < 1) throw new AppError('invalid-argument', 'keep must be a whole number of at least 1', 'keep');
  if (!Number.isInteger(p.weeks) || p.weeks < 0) throw new AppError('invalid-argument', 'weeks must be a whole number of at least 0', 'weeks');
  db.prepare(`INSERT INTO meta (key, value) VALUES ('backup.policy', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(p));
}

/** Which backups a policy keeps: the newest `keep`, plus the newest of each of the last `weeks` weeks. */
export function toKeep(backups: Pick<BackupInfo, 'name' | 'at'>[], p: BackupPolicy, now = new Date()): Set<string> {
  const sorted = [...backups].sort((a, b) => (a.at < b.at ? 1 : -1));
  const keep = new Set(sorted.slice(0, p.keep).map((b) => b.name));
  for (let w = 0; w < p.weeks; w++) {
    const to = now.getTime() - w * 7 * DAY;
    const from = to - 7 * DAY;
    const newest = sorted.find((b) => {
      const t = Date.parse(b.at);
      return t <= to && t > from;
    });
    if (newest) keep.add(newest.name);
  }
  return keep;
}

/** Deletes the backups the policy no longer keeps; returns their names. */
export function rotate(dbPath: string, p: BackupPolicy, now = new Date()): string[] {
  const all = listBackups(dbPath, { counts: false });
  const keep = toKeep(all, p, now);
  const gone = all.filter((b) => !keep.has(b.name));
  for (const b of gone) rmSync(b.file, { force: true });
  return gone.map((b) => b.name);
}

/** Whether a backup was taken today (local time): the first open of a day takes one. */
export function backedUpToday(dbPath: string, now = new Date()): boolean {
  const newest = listBackups(dbPath, { counts: false })[0];
  return !!newest && new Date(newest.at).toDateString() === now.toDateString();
}

function target(dbPath: string, reason: BackupReason, now = new Date()): { final: string; part: string } {
  const dir = backupDir(dbPath);
  mkdirSync(dir, { recursive: true });
  let stamp = stampOf(now);
  // Two backups in the same millisecond (a bulk operation right after the daily one) must not overwrite each other.
  while (existsSync(path.join(dir, `${stamp}-${reason}.db`))) stamp = stampOf(new Date(dateOf(stamp).getTime() + 1));
  const name = `${stamp}-${reason}.db`;
  return { final: path.join(dir, name), part: path.join(dir, `.${name}.part`) };
}

/** Turns a freshly written copy into a finished backup: one file (no WAL), verified, then renamed into place. */
function finish(part: string, final: string, dbPath: string, policy: BackupPolicy): BackupInfo {
  try {
    const b = new Database(part, { fileMustExist: true });
    try {
      b.pragma('journal_mode = DELETE');
    } finally {
      b.close();
    }
    const v = verifyBackup(part);
    if (!v.ok) throw new AppError('io-error', `the backup could not be verified (${v.problem}); the database itself is unchanged`);
    fsyncPath(part);
    renameSync(part, final);
    fsyncPath(path.dirname(final), true);
    rotate(dbPath, policy);
    const m = NAME.exec(path.basename(final))!;
    return { name: path.basename(final), file: final, at: dateOf(m[1]).toISOString(), reason: m[2], size: statSync(final).size, records: v.records, schemaVersion: v.schemaVersion };
  } catch (err) {
    rmSync(part, { force: true });
    throw err;
  } finally {
    for (const s of ['-journal', '-wal', '-shm']) rmSync(part + s, { force: true });
  }
}

/** A backup through SQLite's online backup API: pages copied while the database stays usable. */
export async function backupNow(db: Db, dbPath: string, reason: BackupReason, o: { policy?: BackupPolicy } = {}): Promise<BackupInfo> {
  if (dbPath === ':memory:') throw new AppError('invalid-argument', 'an in-memory database has no backups');
  const { final, part } = target(dbPath, reason);
  try {
    await db.backup(part);
  } catch (err) {
    rmSync(part, { force: true });
    throw err;
  }
  return finish(part, final, dbPath, o.policy ?? readPolicy(db));
}

/**
 * The same, synchronously, for the moments that cannot wait for the event
 * loop (opening: the daily and pre-migration backups): VACUUM INTO writes a
 * consistent copy in one statement.
 */
export function backupNowSync(db: Db, dbPath: string, reason: BackupReason, o: { policy?: BackupPolicy } = {}): BackupInfo {
  const { final, part } = target(dbPath, reason);
  try {
    db.prepare('VACUUM INTO ?').run(part);
  } catch (err) {
    rmSync(part, { force: true });
    throw err;
  }
  return finish(part, final, dbPath, o.policy ?? readPolicy(db));
}

/** A copy to a file the user chose (chainline backup --out): verified like the others, never rotated. */
export async function backupTo(db: Db, out: string): Promise<Verified> {
  if (existsSync(out)) throw new AppError('conflict', `${out} already exists`, 'out');
  const part = `${out}.part`;
  try {
    await db.backup(part);
    const b = new Database(part);
    b.pragma('journal_mode = DELETE');
    b.close();
    const v = verifyBackup(part);
    if (!v.ok) throw new AppError('io-error', `the backup could not be verified (${v.problem})`);
    fsyncPath(part);
    renameSync(part, out);
    return v;
  } finally {
    rmSync(part, { force: true });
  }
}

/**
 * Whether another process has the database open. SQLite removes the -wal and
 * -shm files when the last connection closes, so after opening and closing a
 * connection of our own they remain only while someone else holds the file.
 * (A process that keeps the file open in rollback mode leaves no such trace;
 * Chainline always uses WAL.)
 */
export function openElsewhere(dbPath: string): boolean {
  const wal = `${dbPath}-wal`;
  const shm = `${dbPath}-shm`;
  if (!existsSync(wal) && !existsSync(shm)) return false;
  try {
    const c = new Database(dbPath, { fileMustExist: true, timeout: 0 });
    try {
      c.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      c.close();
    }
  } catch {
    // Unreadable (damaged) or locked: judged by the files below.
  }
  return existsSync(wal) || existsSync(shm);
}

export interface RestoreResult {
  restored: string;
  /** Where the database as it was before the restore was kept. */
  previous: string | null;
  records: number;
}

/**
 * Puts a backup in place of the database, which must be closed: the backup
 * is checked first, the current file is kept as a backup, and the swap is one
 * atomic rename (a crash leaves the old or the new database, never a mix).
 */
export function restoreBackup(dbPath: string, backup: string, latestSchema: number, policy: BackupPolicy = DEFAULT_POLICY): RestoreResult {
  const file = path.resolve(dbPath);
  const v = verifyBackup(backup);
  if (!v.ok) throw new AppError('invalid-argument', `${backup} cannot be restored: ${v.problem}`, 'file');
  if (v.schemaVersion! > latestSchema) throw new AppError('db-too-new', `${backup} has schema version ${v.schemaVersion}, newer than this Chainline (${latestSchema})`, 'file');
  if (openElsewhere(file)) throw new AppError('conflict', `${file} is open in another Chainline (the app or a command): close it and restore again`);
  let previous: string | null = null;
  if (existsSync(file) && statSync(file).size > 0) {
    const { final, part } = target(file, 'before-restore');
    copyFileSync(file, part);
    try {
      // One file like every other backup (a damaged file may refuse: then it is kept as it was).
      const c = new Database(part, { fileMustExist: true });
      try {
        c.pragma('journal_mode = DELETE');
      } finally {
        c.close();
      }
    } catch {
      // Kept byte for byte.
    }
    for (const s of ['-wal', '-shm', '-journal']) rmSync(part + s, { force: true });
    fsyncPath(part);
    renameSync(part, final);
    previous = final;
  }
  const tmp = `${file}.restoring`;
  copyFileSync(backup, tmp);
  fsyncPath(tmp);
  renameSync(tmp, file);
  fsyncPath(path.dirname(file), true);
  rotate(file, policy);
  return { restored: backup, previous, records: v.records! };
}

/** Operations big enough to take a backup first. */
export const BULK = { records: 10, importFiles: 100 } as const;

/**
 * The one call before a bulk change (bulk delete, purge, taxonomy merge, a
 * large import, demo data into a database that has records): a backup first,
 * and if none can be taken the change does not happen.
 */
export async function backupBefore(db: Db, dbPath: string, reason: BackupReason, o: { readOnly?: boolean } = {}): Promise<BackupInfo | null> {
  if (dbPath === ':memory:' || o.readOnly || db.readonly) return null;
  try {
    return await backupNow(db, dbPath, reason);
  } catch (err) {
    const e = err instanceof AppError ? err : null;
    const code = (err as { code?: string }).code;
    const full = code === 'SQLITE_FULL' || code === 'ENOSPC';
    throw new AppError(full ? 'disk-full' : (e?.code ?? 'io-error'), full ? 'the disk is full: no backup could be taken before this change, so nothing was changed; free space and try again' : `no backup could be taken before this change (${(err as Error).message}), so nothing was changed`);
  }
}
