import path from 'node:path';
import { createApi } from '../api/client';
import type { Api, Handlers } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { createHandlers, type DbHandlers } from '../db/handlers';
import { openDatabase, type Db } from '../db/open';
import { exportHandlers } from '../export/handlers';
import type { PdfPrinter } from '../export/printer';
import { chromiumPrinter } from './chromium-printer';

/** One open database with the whole back end over it: what every host (CLI, server, Electron) works with. */
export interface Backend {
  db: Db;
  dbPath: string;
  /** The whole contract, for a door (HTTP, IPC) to dispatch to. */
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
}

/** The database's handlers joined with the export room's, which print with `printer`. */
export function composeHandlers(base: DbHandlers, o: { dbPath: string; version: string; printer: PdfPrinter }): Handlers {
  return { ...base, export: exportHandlers({ report: base.export.report, printer: o.printer, dbPath: o.dbPath, version: o.version }) };
}

/** Opens (creating and migrating if needed) a database and composes the back end over it. */
export function openBackend(file: string, o: BackendOptions): Backend {
  const { db } = openDatabase(file, { migrationsDir: o.migrationsDir });
  const dbPath = file === ':memory:' ? file : path.resolve(file);
  const printer = o.printer ?? chromiumPrinter({ handlers: () => handlers });
  const handlers = composeHandlers(createHandlers({ db, dbPath, version: o.version }), { dbPath, version: o.version, printer });
  const api = createApi((channel, args) => dispatch(handlers, channel, args));
  return { db, dbPath, handlers, api, close: () => db.close() };
}
