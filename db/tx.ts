import type { Db } from './connection';

/**
 * Runs fn in one write transaction that takes the write lock first (BEGIN
 * IMMEDIATE). A deferred transaction that reads and then writes cannot wait
 * for another writer: in WAL mode its upgrade fails at once with "database is
 * locked" whatever the busy timeout. IMMEDIATE waits for the lock up to the
 * busy timeout instead, so the app and the CLI (or two CLIs) can write to one
 * file. Inside another transaction it becomes a savepoint.
 */
export function writeTx<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
