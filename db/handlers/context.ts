import type { Db } from '../connection';
import type { DbHealth } from '../health';

/** What every handler may use: the open database and where it lives. */
export interface Ctx {
  db: Db;
  dbPath: string;
  version: string;
  /** How the database was opened (read-only, damaged); ok when not given. */
  health?: DbHealth;
}
