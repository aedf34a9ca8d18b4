import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../api/errors';
import { packOriginal } from './text/original';
import { writeTx } from './tx';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Reads db/migrations: files named NNNN_name.sql, numbered 1, 2, 3… without gaps. */
export function loadMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((f) => FILE.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2], sql: readFileSync(path.join(dir, m[0]), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.version}_${m.name} is out of sequence (expected ${i + 1})`);
  });
  return migrations;
}

export interface MigrateResult {
  from: number;
  to: number;
  backup: string | null;
}

/** Registers the functions some migrations call (0010 compresses originals) on a connection. */
export function migrationFunctions(db: Database.Database): void {
  db.function('pack_original', { deterministic: true }, (raw: unknown) => (typeof raw === 'string' ? packOriginal(raw) : raw));
}

function checkIntegrity(db: Database.Database): void {
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length) throw new AppError('db-corrupt', `foreign key check failed after migration: ${JSON.stringify(fk.slice(0, 3))}`);
  const ok = db.pragma('quick_check', { simple: true });
  if (ok !== 'ok') throw new AppError('db-corrupt', `integrity check failed after migration: ${ok}`);
}

/**
 * Applies pending migrations in one transaction, then checks integrity before
 * committing, so an upgrade is all or nothing. An existing database is copied
 * first; a database newer than this app is refused rather than half-understood.
 */
export function migrate(
  db: Database.Database,
  migrations: Migration[],
  opts: { backupPath?: (from: number, to: number) => string | null } = {},
): MigrateResult {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const tooNew = (v: number) =>
    new AppError('db-too-new', `this database has schema version ${v}, newer than this Chainline (${latest}); update Chainline to open it`);
  if (from > latest) throw tooNew(from);
  let backup: string | null = null;
  if (from < latest) {
    if (from > 0 && opts.backupPath) {
      backup = opts.backupPath(from, latest);
      if (backup) db.prepare('VACUUM INTO ?').run(backup);
    }
    // SQLite's way to alter a table is create, copy, drop, rename; with foreign
    // keys enforced the DROP would cascade-delete every referencing row. The
    // pragma is a no-op inside a transaction, so it is switched around it;
    // checkIntegrity still runs foreign_key_check before the commit.
    migrationFunctions(db);
    const fk = db.pragma('foreign_keys', { simple: true }) === 1;
    if (fk) db.pragma('foreign_keys = OFF');
    try {
      // IMMEDIATE takes the write lock first; the app and the CLI share the file,
      // so another process may have migrated since `from` was read.
      writeTx(db, () => {
        const current = db.pragma('user_version', { simple: true }) as number;
        if (current > latest) throw tooNew(current);
        for (const m of migrations.filter((m) => m.version > current)) db.exec(m.sql);
        db.pragma(`user_version = ${latest}`);
        checkIntegrity(db);
      });
    } finally {
      if (fk) db.pragma('foreign_keys = ON');
    }
  }
  return { from, to: latest, backup };
}
