import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, closeSync, readdirSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ApiError } from '../api/client';
import { openBackend } from './compose';
import { backupDir, backupNow, listBackups, restoreBackup, toKeep, verifyBackup } from '../db/backups';
import { fullCheck } from '../db/integrity';
import { openDatabase } from '../db/open';
import { recoverDatabase } from '../db/recover';
import { generateDemo } from '../db/services/demo';
import { tempDir } from '../db/test-helpers';

const REC = { kind: 'meeting' as const, title: '洛阳市光电产业链推进会', dateStart: '2023-06-12', chains: ['光电产业链'], regions: ['洛阳市'] };

function demoDb(file: string, count = 60): void {
  const { db } = openDatabase(file);
  generateDemo(db, { count, seed: 3 });
  db.close();
}

/** Overwrites part of a page in the middle of the file, as a failing disk would. */
function damage(file: string): void {
  const c = new Database(file);
  c.pragma('wal_checkpoint(TRUNCATE)');
  c.close();
  const pages = statSync(file).size / 4096;
  const fd = openSync(file, 'r+');
  for (const p of [Math.floor(pages / 2), Math.floor(pages / 3)]) writeSync(fd, Buffer.alloc(300, 0xff), 0, 300, p * 4096);
  closeSync(fd);
}

const errOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err as ApiError;
  }
  assert.fail('expected a failure');
};

describe('integrity at open', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(() => (tmp = tempDir()));
  after(() => tmp.cleanup());

  it('refuses an empty file instead of making it a new database; a missing path is still created', () => {
    const empty = path.join(tmp.dir, 'empty.db');
    writeFileSync(empty, '');
    assert.throws(() => openDatabase(empty), (e: Error & { code?: string }) => e.code === 'db-corrupt' && /empty\.db is empty: not a Chainline database/.test(e.message));
    assert.equal(statSync(empty).size, 0, 'left as it was');
    const fresh = path.join(tmp.dir, 'sub', 'fresh.db');
    openDatabase(fresh).db.close();
    assert.ok(statSync(fresh).size > 0);
  });

  it('opens a damaged file read-only, says so, refuses writes with db-corrupt and offers the newest good backup', async () => {
    const file = path.join(tmp.dir, 'damaged.db');
    demoDb(file);
    const b = openBackend(file, { version: 't' });
    const good = await b.api.backups.create({});
    b.close();
    damage(file);
    const s = openBackend(file, { version: 't' });
    try {
      assert.equal(s.health.mode, 'corrupt');
      assert.equal(s.health.backup, path.join(backupDir(file), good.name));
      assert.ok(s.db.readonly);
      const status = await s.api.backups.status({});
      assert.equal(status.mode, 'corrupt');
      assert.equal(status.suggested?.name, good.name);
      const e = await errOf(s.api.records.save({ record: REC }));
      assert.equal(e.code, 'db-corrupt');
      assert.match(e.message, /is damaged .*newest good backup is .*manual\.db/);
    } finally {
      s.close();
    }
    // The full check names the damage; recovery copies what reads into a new file and leaves the original alone.
    const before = statSync(file).mtimeMs;
    const out = path.join(tmp.dir, 'salvaged.db');
    const r = recoverDatabase(file, out, { method: 'rows' });
    assert.equal(r.method, 'row by row');
    assert.equal(statSync(file).mtimeMs, before);
    assert.ok(r.tables.find((t) => t.table === 'records')!.rows > 0);
    const { db, health } = openDatabase(out);
    try {
      assert.equal(health.mode, 'ok');
      assert.ok(fullCheck(db).ok, 'the salvaged file is whole, its full-text index rebuilt');
    } finally {
      db.close();
    }
    assert.throws(() => recoverDatabase(file, out), /already exists/);
  });

  it('reports what the bounded check covered, within its budget on a small database', () => {
    const file = path.join(tmp.dir, 'checked.db');
    demoDb(file, 20);
    const { db, health } = openDatabase(file);
    db.close();
    assert.equal(health.mode, 'ok');
    assert.ok(health.check && health.check.tables >= 10 && health.check.sampled === 0, JSON.stringify(health.check));
  });
});

describe('backups', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(() => (tmp = tempDir()));
  after(() => tmp.cleanup());

  it('takes one at the first open of a day, none on the second, verified and one file each', () => {
    const file = path.join(tmp.dir, 'daily.db');
    demoDb(file, 10);
    assert.equal(listBackups(file).length, 0, 'a new database has nothing to back up');
    openDatabase(file).db.close();
    openDatabase(file).db.close();
    const list = listBackups(file);
    assert.equal(list.length, 1);
    assert.equal(list[0].reason, 'daily');
    assert.equal(list[0].records, 10);
    assert.ok(verifyBackup(list[0].file).ok);
    assert.deepEqual(readdirSync(backupDir(file)).filter((f) => !f.endsWith('.db')), [], 'no -wal, -journal or .part files');
  });

  it('takes one before bulk changes: bulk delete, purge, merge, demo into a database with records', async () => {
    const file = path.join(tmp.dir, 'bulk.db');
    demoDb(file, 30);
    const s = openBackend(file, { version: 't' });
    try {
      const n = () => listBackups(file, { counts: false }).length;
      const start = n();
      const ids = (await s.api.records.list({ page: { limit: 12, offset: 0 } })).rows.map((r) => r.id);
      await s.api.records.delete({ ids: ids.slice(0, 2) });
      assert.equal(n(), start, 'deleting two records is not bulk');
      await s.api.records.delete({ ids });
      assert.equal(n(), start + 1);
      await s.api.trash.purge({ ids: ids.slice(0, 1) });
      assert.equal(n(), start + 2);
      await s.api.app.demo({ count: 2, seed: 9, force: true });
      assert.equal(n(), start + 3);
      const reasons = listBackups(file).map((b) => b.reason);
      for (const r of ['before-delete', 'before-purge', 'before-demo']) assert.ok(reasons.includes(r), r);
    } finally {
      s.close();
    }
  });

  it('keeps the newest 10 plus the newest of each of 8 weeks', () => {
    const now = new Date('2024-06-30T12:00:00Z');
    const days = Array.from({ length: 80 }, (_, i) => ({ name: `b${i}`, at: new Date(now.getTime() - i * 86400000).toISOString() }));
    const keep = toKeep(days, { keep: 10, weeks: 8 }, now);
    for (let i = 0; i < 10; i++) assert.ok(keep.has(`b${i}`));
    // Each 7-day window back from now keeps its newest: days 0 and 7 are among the newest 10 already.
    for (const d of [14, 21, 28, 35, 42, 49]) assert.ok(keep.has(`b${d}`), `day ${d}`);
    assert.ok(!keep.has('b60') && !keep.has('b11') && !keep.has('b56'));
    assert.equal(keep.size, 10 + 6);
  });

  it('restores a backup: checked first, the current file kept, the running back end reopened', async () => {
    const file = path.join(tmp.dir, 'restore.db');
    demoDb(file, 5);
    const s = openBackend(file, { version: 't' });
    try {
      const snap = await s.api.backups.create({});
      await s.api.records.save({ record: REC });
      assert.equal((await s.api.app.info({})).counts.records, 6);
      const r = await s.api.backups.restore({ name: snap.name });
      assert.equal(r.records, 5);
      assert.equal((await s.api.app.info({})).counts.records, 5, 'the same handlers answer from the restored file');
      assert.ok(r.previous && verifyBackup(r.previous).records === 6, 'the database as it was is a backup');
      await s.api.records.save({ record: REC });
      assert.equal((await s.api.app.info({})).counts.records, 6);
      const e = await errOf(s.api.backups.restore({ name: '2020-01-01T00-00-00-000Z-manual.db' }));
      assert.equal(e.code, 'not-found');
    } finally {
      s.close();
    }
  });

  it('refuses to restore a damaged backup or one over a database another process has open', () => {
    const file = path.join(tmp.dir, 'refuse.db');
    demoDb(file, 5);
    const bad = path.join(tmp.dir, 'bad-backup.db');
    writeFileSync(bad, 'not sqlite at all '.repeat(300));
    assert.throws(() => restoreBackup(file, bad, 99), /cannot be restored/);
    const other = new Database(file);
    other.prepare('SELECT count(*) FROM records').get();
    const good = path.join(tmp.dir, 'good-backup.db');
    copyFileSync(file, good);
    try {
      assert.throws(() => restoreBackup(file, good, 99), /open in another Chainline/);
    } finally {
      other.close();
    }
    assert.equal(restoreBackup(file, good, 99).records, 5);
  });

  it('a backup of a newer day: the day check follows the newest file', async () => {
    const file = path.join(tmp.dir, 'aged.db');
    demoDb(file, 3);
    const { db } = openDatabase(file);
    const b = await backupNow(db, file, 'manual');
    db.close();
    utimesSync(b.file, new Date(), new Date());
    assert.ok(existsSync(b.file));
  });
});

describe('read-only and a full disk', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(() => (tmp = tempDir()));
  after(() => tmp.cleanup());

  it('a read-only database reads, refuses writes with read-only, and init says it cannot prepare it', async () => {
    const file = path.join(tmp.dir, 'ro.db');
    demoDb(file, 8);
    const s = openBackend(file, { version: 't', readOnly: true });
    try {
      assert.equal(s.health.mode, 'read-only');
      assert.equal((await s.api.app.info({})).counts.records, 8);
      const e = await errOf(s.api.records.save({ record: REC }));
      assert.equal(e.code, 'read-only');
      assert.match(e.message, /is read-only.*nothing can be saved/);
    } finally {
      s.close();
    }
  });

  it('a database in a read-only folder (a read-only mount, where this test may mount one) opens read-only', async (t) => {
    const mnt = path.join(tmp.dir, 'mnt');
    mkdirSync(mnt);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mnt], { stdio: 'ignore' });
    } catch {
      return t.skip('cannot mount a tmpfs here (not root)');
    }
    try {
      const file = path.join(mnt, 'ro.db');
      demoDb(file, 8);
      execFileSync('mount', ['-o', 'remount,ro', mnt]);
      const s = openBackend(file, { version: 't' });
      try {
        assert.equal(s.health.mode, 'read-only');
        assert.equal((await s.api.app.info({})).counts.records, 8);
        assert.equal((await errOf(s.api.records.save({ record: REC }))).code, 'read-only');
      } finally {
        s.close();
      }
      assert.throws(() => openDatabase(path.join(mnt, 'new.db')), (e: Error & { code?: string }) => e.code === 'read-only');
    } finally {
      execFileSync('umount', [mnt]);
    }
  });

  it('every injected SQLITE_FULL ends in disk-full with a consistent database and nothing half-saved', async () => {
    const seed = path.join(tmp.dir, 'full-seed.db');
    demoDb(seed, 10);
    let injected = 0;
    for (let extra = 1; extra <= 40; extra += 3) {
      const file = path.join(tmp.dir, `full-${extra}.db`);
      copyFileSync(seed, file);
      const s = openBackend(file, { version: 't' });
      const pages = s.db.pragma('page_count', { simple: true }) as number;
      s.db.pragma(`max_page_count = ${pages + extra}`);
      const acked: string[] = [];
      let failure: ApiError | null = null;
      for (let i = 0; i < 60 && !failure; i++) {
        try {
          if (i % 3 === 2) await s.api.imports.text({ text: `第${i}篇：洛阳市召开光电产业链推进会。${'内容'.repeat(400 + i)}`, name: `n${i}.txt` });
          else acked.push((await s.api.records.save({ record: { ...REC, title: `推进会 ${i} ${'议题'.repeat(200)}` } })).id);
        } catch (err) {
          failure = err as ApiError;
        }
      }
      // Text imports report a failure per file rather than throwing: a full disk shows up on the next record.
      if (!failure) {
        s.close();
        continue;
      }
      injected++;
      assert.equal(failure.code, 'disk-full', failure.message);
      assert.match(failure.message, /the disk is full: nothing was saved; free space and try again/);
      s.close();
      const db = new Database(file);
      try {
        assert.ok(fullCheck(db).ok, `consistent after ${extra} pages`);
        const have = new Set((db.prepare('SELECT id FROM records').all() as { id: string }[]).map((r) => r.id));
        for (const id of acked) assert.ok(have.has(id), 'every saved record is there');
      } finally {
        db.close();
      }
    }
    assert.ok(injected >= 10, `only ${injected} moments hit a full disk`);
  });

  it('a real full file system (a small tmpfs, where this test may mount one) gives disk-full too', async (t) => {
    const mnt = path.join(tmp.dir, 'small');
    mkdirSync(mnt);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mnt], { stdio: 'ignore' });
    } catch {
      return t.skip('cannot mount a tmpfs here (not root)');
    }
    try {
      const file = path.join(mnt, 'full.db');
      const s = openBackend(file, { version: 't' });
      let failure: ApiError | null = null;
      const acked: string[] = [];
      for (let i = 0; i < 2000 && !failure; i++) {
        try {
          acked.push((await s.api.records.save({ record: { ...REC, title: `推进会 ${i} ${'议题'.repeat(240)}` } })).id);
        } catch (err) {
          failure = err as ApiError;
        }
      }
      s.close();
      assert.ok(failure, 'the disk filled');
      assert.equal(failure.code, 'disk-full', failure.message);
      const db = new Database(file, { readonly: true });
      try {
        assert.equal(db.pragma('quick_check', { simple: true }), 'ok');
        assert.equal((db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n, acked.length);
      } finally {
        db.close();
      }
    } finally {
      execFileSync('umount', [mnt]);
    }
  });
});
