import { AppError } from '../api/errors';

/**
 * How a database was opened. `read-only`: the file or its folder cannot be
 * written (everything can be read, nothing saved). `corrupt`: the integrity
 * check failed, so it was opened read-only to keep damage from spreading;
 * `backup` names the newest backup that passed its check.
 */
export interface DbHealth {
  mode: 'ok' | 'read-only' | 'corrupt';
  /** What the check or the file system said, in plain words (null when ok). */
  detail: string | null;
  /** The newest good backup, offered when the database is damaged. */
  backup: string | null;
  /** The bounded integrity check at open: what it covered and how long it took. */
  check: { ms: number; tables: number; sampled: number } | null;
}

export const HEALTHY: DbHealth = { mode: 'ok', detail: null, backup: null, check: null };

/** SQLite's primary result code name (SQLITE_IOERR_WRITE → SQLITE_IOERR). */
export function sqliteCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const m = /^SQLITE_[A-Z]+/.exec(code);
  return m ? m[0] : null;
}

export const DISK_FULL = 'the disk is full: nothing was saved; free space and try again';

export function corruptMessage(file: string, detail: string, backup: string | null, what = 'it was opened read-only, nothing can be saved'): string {
  const offer = backup ? `; the newest good backup is ${backup} (chainline restore ${JSON.stringify(backup)})` : '; no good backup was found (try chainline recover --out NEW.db)';
  return `${file} is damaged (${detail}): ${what}${offer}`;
}

export function readOnlyMessage(file: string, why: string | null): string {
  return `${file} is read-only${why ? ` (${why})` : ''}: it can be read, but nothing can be saved`;
}

/**
 * The plain-words error for a failure from SQLite, given how the database was
 * opened: a refused write on a damaged database says so and names the backup.
 * Anything that is not a SQLite error comes back unchanged.
 */
export function translateSqliteError(err: unknown, file: string, health: DbHealth = HEALTHY): unknown {
  if (err instanceof AppError) return err;
  const code = sqliteCode(err);
  if (!code) return err;
  const msg = (err as Error).message;
  switch (code) {
    case 'SQLITE_FULL':
      return new AppError('disk-full', DISK_FULL);
    case 'SQLITE_READONLY':
      return health.mode === 'corrupt'
        ? new AppError('db-corrupt', corruptMessage(file, health.detail ?? 'integrity check failed', health.backup))
        : new AppError('read-only', readOnlyMessage(file, health.detail));
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new AppError('db-corrupt', corruptMessage(file, msg, health.backup, 'this part of it cannot be read, and nothing can be saved'));
    case 'SQLITE_IOERR':
      return new AppError('io-error', `the disk could not be read or written (${msg}): nothing was saved; check the drive and try again`);
    case 'SQLITE_CANTOPEN':
      return new AppError('io-error', `cannot open ${file} (${msg}): check that the drive is attached and the folder exists`);
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError('conflict', `the database is busy in another Chainline (${msg}): try again in a moment`);
    default:
      return err;
  }
}
