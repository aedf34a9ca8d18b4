import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './connection';
import { loadMigrations, migrate, type MigrateResult } from './migrate';
import { ensureSeed } from './seed/seed';
import { ensureFtsIndex } from './services/fts-sync';
import { ensureSortKeys } from './services/sort-keys';

export type { Db };

export interface OpenResult {
  db: Db;
  migration: MigrateResult;
}

import { MIGRATIONS_DIR } from './schema';

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/**
 * Opens (creating if needed) a Chainline database: WAL with synchronous=FULL so
 * a commit survives a power cut, foreign keys enforced, schema migrated (with a
 * copy of the file taken first) and the starter taxonomy seeded.
 */
export function openDatabase(file: string, opts: { migrationsDir?: string } = {}): OpenResult {
  const memory = file === ':memory:';
  if (!memory) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const migration = migrate(db, loadMigrations(opts.migrationsDir ?? MIGRATIONS_DIR), {
      backupPath: memory ? undefined : (from, to) => `${file}.v${from}-before-v${to}.${stamp()}.bak`,
    });
    // Only after the version check: switching to WAL rewrites the file header,
    // and a database newer than this app must be left exactly as it was.
    db.pragma('journal_mode = WAL');
    ensureSeed(db);
    ensureFtsIndex(db);
    ensureSortKeys(db);
    return { db, migration };
  } catch (err) {
    db.close();
    throw err;
  }
}
