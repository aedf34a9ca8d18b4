// Shared set-up for the back end's unit tests: a fresh database, its handlers
// and the typed API over the same dispatcher the IPC and HTTP doors use.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApi, ApiError } from '../api/client';
import type { Api, Handlers } from '../api/contract';
import { dispatch, type Reply } from '../api/dispatch';
import { AppError } from '../api/errors';
import type { RecordInput } from '../api/contract/records';
import { createHandlers, type DbHandlers } from './handlers';
import { openDatabase, type Db } from './open';
import { insertSource, type NewSource } from './services/sources';

export interface TestDb {
  db: Db;
  handlers: Handlers;
  api: Api;
  /** The raw reply of one call, for asserting on error data. */
  call(channel: string, args: unknown): Promise<Reply>;
  /** Creates a record through the API and returns its id. */
  add(record: RecordInput, createTags?: boolean): Promise<string>;
  /** Stores a source directly (sources arrive through import, which has no contract call here). */
  source(s: Partial<NewSource> & { title: string; body: string }): string;
  close(): void;
}

const composedAbove = () => {
  throw new AppError('not-found', 'PDF jobs and data files are composed above the database (host/)');
};

/**
 * The database's handlers as the whole contract: the export room's own calls
 * need a printer and live above db/, so here they answer not-found (their
 * tests compose the back end in export/ and host/).
 */
export function asContract(h: DbHandlers): Handlers {
  return { ...h, export: { ...h.export, pdfStart: composedAbove, pdfStatus: composedAbove, data: composedAbove, markdown: composedAbove }, backups: { ...h.backups, restore: composedAbove } };
}

export function wrap(db: Db, dbPath = ':memory:'): TestDb {
  const handlers = asContract(createHandlers({ db, dbPath, version: '0.0.0-test' }));
  const call = (channel: string, args: unknown) => dispatch(handlers, channel, args);
  const api = createApi(call);
  return {
    db,
    handlers,
    api,
    call,
    add: async (record, createTags = false) => (await api.records.save({ record, createTags })).id,
    source: (s) => {
      const id = insertSource(db, s);
      assert.ok(id, 'source was not stored (duplicate fingerprint?)');
      return id;
    },
    close: () => db.close(),
  };
}

/** A fresh in-memory database, migrated and seeded. */
export function memoryDb(): TestDb {
  return wrap(openDatabase(':memory:').db);
}

/** A temporary directory removed by the returned cleanup. */
export function tempDir(prefix = 'chainline-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Row counts of every table (FTS shadow tables included), to prove a failed call wrote nothing. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    try {
      out[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
    } catch {
      // Virtual tables that cannot be counted directly are covered by their shadow tables.
    }
  }
  return out;
}

/**
 * A hash of every table's whole content (FTS shadow tables included; the FTS
 * tables themselves are their shadow tables' view), by table name: equal
 * before and after a refused call proves it changed nothing, anywhere.
 */
export function tableHashes(db: Db): Record<string, string> {
  const tables = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string; sql: string | null }[];
  const out: Record<string, string> = {};
  for (const { name, sql } of tables) {
    if (/^CREATE VIRTUAL TABLE/i.test(sql ?? '')) continue;
    const hash = createHash('sha256');
    // Values are fed one by one (blobs as bytes: JSON would spell every byte of an index page out).
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).raw().iterate() as Iterable<unknown[]>) {
      for (const v of row) {
        hash.update(v === null ? '\u0000n' : typeof v === 'string' ? `\u0000s${v.length}:` : Buffer.isBuffer(v) ? `\u0000b${v.length}:` : `\u0000v`);
        hash.update(typeof v === 'string' || Buffer.isBuffer(v) ? v : String(v));
      }
      hash.update('\u0001');
    }
    out[name] = hash.digest('hex');
  }
  return out;
}

/** tableHashes of a database file, opened and closed around it (for tests that change it through the CLI). */
export function fileTableHashes(file: string): Record<string, string> {
  const { db } = openDatabase(file);
  try {
    return tableHashes(db);
  } finally {
    db.close();
  }
}

/** A fingerprint of the data that changes with any insert, update or delete (updated_at included). */
export function snapshot(db: Db): string {
  const parts: string[] = [JSON.stringify(tableCounts(db))];
  for (const t of ['records', 'sources', 'chains', 'regions', 'tags', 'actors', 'targets', 'citations', 'record_links', 'meta']) {
    parts.push(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));
  }
  return parts.join('\n');
}

/** Asserts that a promise fails with an ApiError of this code (and field, when given). */
export async function rejectsWith(p: Promise<unknown>, code: string, field?: string): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof ApiError, `expected an ApiError, got ${String(err)}`);
    assert.equal(err.code, code, `code (message: ${err.message})`);
    if (field !== undefined) assert.equal(err.field, field, `field (message: ${err.message})`);
    return err;
  }
  assert.fail(`expected a ${code} error`);
}

/** Ids of seeded nodes by name (first match at the shallowest depth). */
export function nodeId(db: Db, tree: 'chains' | 'regions', name: string): string {
  const row = db.prepare(`SELECT id FROM ${tree} WHERE name = ? AND deleted_at IS NULL ORDER BY parent_id IS NOT NULL LIMIT 1`).get(name) as
    | { id: string }
    | undefined;
  assert.ok(row, `no ${tree} node named ${name}`);
  return row.id;
}
