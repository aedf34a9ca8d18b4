import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from './open';
import { tempDir } from './test-helpers';

describe('openDatabase', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(() => (tmp = tempDir()));
  after(() => tmp.cleanup());

  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on a file database', () => {
    const file = path.join(tmp.dir, 'nested', 'dir', 'pragmas.db');
    const { db } = openDatabase(file);
    try {
      assert.ok(existsSync(file), 'missing parent folders are created');
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 2);
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      assert.ok((db.pragma('busy_timeout', { simple: true }) as number) >= 1000);
    } finally {
      db.close();
    }
    // WAL is a property of the file: a plain connection sees it too.
    const raw = new Database(file, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    raw.close();
  });

  it('enforces foreign keys and cascades child rows', () => {
    const { db } = openDatabase(path.join(tmp.dir, 'fk.db'));
    try {
      assert.throws(() => db.prepare(`INSERT INTO record_tags (record_id, tag_id) VALUES ('x', 'y')`).run(), /FOREIGN KEY/);
      const now = new Date().toISOString();
      db.prepare(`INSERT INTO records (id, kind, title, created_at, updated_at) VALUES ('r1', 'plan', 't', ?, ?)`).run(now, now);
      db.prepare(`INSERT INTO targets (id, record_id, metric, created_at, updated_at) VALUES ('t1', 'r1', 'm', ?, ?)`).run(now, now);
      db.prepare(`DELETE FROM records WHERE id = 'r1'`).run();
      assert.equal((db.prepare('SELECT count(*) AS n FROM targets').get() as { n: number }).n, 0);
    } finally {
      db.close();
    }
  });

  it('rejects double-quoted string literals (better-sqlite3 is built without them)', () => {
    const { db } = openDatabase(':memory:');
    try {
      assert.throws(() => db.prepare(`SELECT count(*) FROM chains WHERE name = "光电"`).get(), /no such column/);
    } finally {
      db.close();
    }
  });

  it('fails cleanly on a file that is not a database, leaving it as it was', () => {
    const file = path.join(tmp.dir, 'not-a-db.db');
    writeFileSync(file, 'just some text, certainly not SQLite '.repeat(50));
    assert.throws(() => openDatabase(file), /not a database|file is not a database/);
    // Closed on failure: the file can be removed and reopened by anyone.
    const again = new Database(path.join(tmp.dir, 'other.db'));
    again.close();
  });

  it('works in memory for tests, migrated and seeded', () => {
    const { db, migration } = openDatabase(':memory:');
    try {
      assert.equal(migration.backup, null);
      assert.ok(migration.to >= 1);
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      const henan = db.prepare(`SELECT code, short_name FROM regions WHERE name = '河南省'`).get();
      assert.deepEqual(henan, { code: '410000', short_name: '河南' });
    } finally {
      db.close();
    }
  });
});
