import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApi } from '../api/client';
import type { Api } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { createHandlers } from '../db/handlers';
import { openDatabase, type Db } from '../db/open';
import { repoRoot } from './paths';

export const VERSION: string = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;

export interface Session {
  db: Db;
  dbPath: string;
  /** The same contract the renderer uses, called in-process: arguments validated the same way. */
  api: Api;
  handlers: ReturnType<typeof createHandlers>;
  close(): void;
}

export function openSession(dbPath: string): Session {
  const { db } = openDatabase(dbPath);
  const handlers = createHandlers({ db, dbPath: path.resolve(dbPath), version: VERSION });
  const api = createApi((channel, args) => dispatch(handlers, channel, args));
  return { db, dbPath, api, handlers, close: () => db.close() };
}
