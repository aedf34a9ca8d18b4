import path from 'node:path';
import { createApi } from '../api/client';
import type { Api, Handlers } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { AppError } from '../api/errors';
import { backupDir, listBackups, restoreBackup } from '../db/backups';
import { createHandlers, type DbHandlers } from '../db/handlers';
import { backupRow } from '../db/handlers/backups';
import { sqliteCode, translateSqliteError, type DbHealth } from '../db/health';
import { loadMigrations } from '../db/migrate';
import { openDatabase, type Db } from '../db/open';
import { MIGRATIONS_DIR } from '../db/schema';
import { exportHandlers } from '../export/handlers';
import type { PdfPrinter } from '../export/printer';
import { chromiumPrinter } from './chromium-printer';

/** One open database with the whole back end over it: what every host (CLI, server, Electron) works with. */
export interface Backend {
  /** The open database (a different connection after a restore). */
  readonly db: Db;
  dbPath: string;
  /** How it was opened: ok, read-only or damaged. */
  readonly health: DbHealth;
  /** The whole contract, for a door (HTTP, IPC) to dispatch to; stays the same object across a restore. */
  handlers: Handlers;
  /** The same contract called in-process: arguments validated exactly as at the doors. */
  api: Api;
  close(): void;
}

export interface BackendOptions {
  version: string;
  /** How PDFs are printed; headless Chromium over a private server unless the host has its own (Electron). */
  printer?: PdfPrinter;
  migrationsDir?: string;
  /** Open read-only even where the file could be written. */
  readOnly?: boolean;
}

/** The database's handlers joined with the export room's, which print with `printer`. */
export function composeHandlers(
  base: DbHandlers,
  o: { dbPath: string; version: string; printer: PdfPrinter; restore?: Handlers['backups']['restore'] },
): Handlers {
  const restore = o.restore ?? (() => {
    throw new AppError('invalid-argument', 'restoring a backup needs the host that opened the database');
  });
  return {
    ...base,
    export: exportHandlers({ report: base.export.report, citedSources: base.export.citedSources, bundleData: base.export.bundleData, printer: o.printer, dbPath: o.dbPath, version: o.version }),
    backups: { ...base.backups, restore },
  };
}

type AnyFn = (a: unknown) => unknown;

/**
 * Every call of `h` with SQLite's failures put in plain words (a full disk, a
 * read-only or damaged file) instead of a raw SQLite error with its stack; a
 * read that finds damage the check at open missed stops writes from then on.
 */
function guarded(h: () => Handlers, file: string, health: () => DbHealth, db: () => Db): Handlers {
  const out: Record<string, Record<string, AnyFn>> = {};
  for (const [domain, calls] of Object.entries(h() as unknown as Record<string, Record<string, AnyFn>>)) {
    out[domain] = {};
    for (const name of Object.keys(calls)) {
      const fail = (err: unknown): never => {
        const code = sqliteCode(err);
        if ((code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') && health().mode === 'ok') {
          health().mode = 'corrupt';
          health().detail = (err as Error).message;
          try {
            db().pragma('query_only = 1');
          } catch {
            // Closed or unusable: writes fail anyway.
          }
        }
        throw translateSqliteError(err, file, health());
      };
      out[domain][name] = (a) => {
        try {
          const r = (h() as unknown as Record<string, Record<string, AnyFn>>)[domain][name](a);
          return r instanceof Promise ? r.catch(fail) : r;
        } catch (err) {
          return fail(err);
        }
      };
    }
  }
  return out as unknown as Handlers;
}

/** Opens (creating and migrating if needed) a database and composes the back end over it. */
export function openBackend(file: string, o: BackendOptions): Backend {
  const dbPath = file === ':memory:' ? file : path.resolve(file);
  let current = openDatabase(file, { migrationsDir: o.migrationsDir, readOnly: o.readOnly });
  const printer = o.printer ?? chromiumPrinter({ handlers: () => handlers });
  const build = () =>
    composeHandlers(createHandlers({ db: current.db, dbPath, version: o.version, health: current.health }), { dbPath, version: o.version, printer, restore });
  const restore: Handlers['backups']['restore'] = (a) => {
    if (dbPath === ':memory:') throw new AppError('invalid-argument', 'an in-memory database has no backups');
    const b = listBackups(dbPath).find((x) => x.name === a.name);
    if (!b) throw new AppError('not-found', `no backup named ${a.name} in ${backupDir(dbPath)}`, 'name');
    const latest = loadMigrations(o.migrationsDir ?? MIGRATIONS_DIR).length;
    closeDb(current.db);
    let result;
    try {
      result = restoreBackup(dbPath, b.file, latest);
    } finally {
      // Reopened whatever happened: restored, or the database as it was.
      current = openDatabase(dbPath, { migrationsDir: o.migrationsDir, readOnly: o.readOnly });
      inner = build();
    }
    return { restored: backupRow(b), previous: result.previous, records: result.records };
  };
  let inner = build();
  const handlers = guarded(() => inner, dbPath, () => current.health, () => current.db);
  const api = createApi((channel, args) => dispatch(handlers, channel, args));
  return {
    get db() {
      return current.db;
    },
    get health() {
      return current.health;
    },
    dbPath,
    handlers,
    api,
    close: () => closeDb(current.db),
  };
}

function closeDb(db: Db): void {
  if (db.open) db.close();
}
