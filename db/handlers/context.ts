import type { Db } from '../connection';

/** What every handler may use: the open database and where it lives. */
export interface Ctx {
  db: Db;
  dbPath: string;
  version: string;
}
