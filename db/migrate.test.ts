import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../api/errors';
import { loadMigrations, migrate } from './migrate';
import { openDatabase } from './open';
import { memoryDb, nodeId, tableCounts, tempDir, wrap } from './test-helpers';

const MIGRATIONS = path.join(import.meta.dirname, 'migrations');
const LATEST = loadMigrations(MIGRATIONS).at(-1)!.version;

const EXPECTED_TABLES = [
  'records', 'chains', 'regions', 'tags', 'record_chains', 'record_regions', 'record_tags', 'targets', 'target_progress',
  'record_links', 'actors', 'actor_posts', 'record_actors', 'sources', 'citations', 'records_fts', 'sources_fts', 'meta',
];

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
const columns = (db: Database.Database, table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
const schemaSql = (db: Database.Database) =>
  (db.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY type, name`).all() as object[]).map((r) => JSON.stringify(r)).join('\n');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * A migrations folder holding the app's migrations plus synthetic ones, which
 * the tests name as if the app had one migration ('0002_x' = the next one):
 * they are renumbered to follow the app's latest.
 */
function migrationsDir(root: string, name: string, extra: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql'))) copyFileSync(path.join(MIGRATIONS, f), path.join(dir, f));
  const renumber = (f: string) => f.replace(/^\d{4}/, (n) => String(Number(n) - 1 + LATEST).padStart(4, '0'));
  for (const [file, sql] of Object.entries(extra)) writeFileSync(path.join(dir, renumber(file)), sql);
  return dir;
}

/** A database at the app's current version (called v1 here) with a little data: a record with chains, regions, a target with progress, and a citation. */
async function v1Database(file: string, v1dir: string) {
  const t = wrap(openDatabase(file, { migrationsDir: v1dir }).db, file);
  const src = t.source({ title: '洛阳光电产业链推进会召开', body: '会议强调，要加快光电产业链发展。' });
  const plan = await t.add({
    kind: 'plan', title: '洛阳市光电产业三年行动计划', dateStart: '2024', dateEnd: '2026', notes: '旧的备注',
    chains: ['光电'], regions: ['洛阳市'], tags: ['专精特新'],
    targets: [{ metric: '产业规模', value: 900, unit: '亿元', deadline: '2026', progress: [{ observedOn: '2024-12', value: 420, sourceId: src }] }],
    citations: [{ sourceId: src, quote: '加快光电产业链发展' }],
  });
  const meeting = await t.add({ kind: 'meeting', title: '光电产业链专题会议', date: '2023-06-12', chains: ['光电'], regions: ['河南省'] });
  return { t, plan, meeting, src };
}

describe('migrations', () => {
  let tmp: ReturnType<typeof tempDir>;
  before(() => (tmp = tempDir()));
  after(() => tmp.cleanup());

  it('brings a fresh database to the latest user_version with every table', () => {
    const { db, migration } = openDatabase(path.join(tmp.dir, 'fresh.db'));
    try {
      assert.deepEqual(migration, { from: 0, to: LATEST, backup: null });
      assert.equal(db.pragma('user_version', { simple: true }), LATEST);
      const have = tables(db);
      for (const t of EXPECTED_TABLES) assert.ok(have.includes(t), `table ${t} missing`);
      assert.equal((db.pragma('foreign_key_check') as unknown[]).length, 0);
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      // A fresh database has nothing to back up.
      assert.deepEqual(readdirSync(tmp.dir).filter((f) => f.includes('.bak')), []);
    } finally {
      db.close();
    }
  });

  it('reopening a current database migrates nothing and takes no backup', () => {
    const file = path.join(tmp.dir, 'again.db');
    openDatabase(file).db.close();
    const { db, migration } = openDatabase(file);
    db.close();
    assert.deepEqual(migration, { from: LATEST, to: LATEST, backup: null });
    assert.deepEqual(readdirSync(tmp.dir).filter((f) => f.startsWith('again.db') && f.includes('.bak')), []);
  });

  it('upgrades an older database: backup first, then one transaction that moves data, data intact', async () => {
    const v1dir = migrationsDir(tmp.dir, 'm-v1', {});
    const v2dir = migrationsDir(tmp.dir, 'm-v2', {
      '0002_record_notes.sql': `
        CREATE TABLE record_notes (
          record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
          body TEXT NOT NULL
        );
        INSERT INTO record_notes (record_id, body) SELECT id, notes FROM records WHERE notes <> '';
        UPDATE records SET notes = '';
        ALTER TABLE chains ADD COLUMN colour TEXT NOT NULL DEFAULT '#888888';
      `,
    });
    const file = path.join(tmp.dir, 'upgrade.db');
    const { t, plan, meeting } = await v1Database(file, v1dir);
    const before = tableCounts(t.db);
    const planBefore = await t.api.records.get({ id: plan });
    t.close();

    const { db, migration } = openDatabase(file, { migrationsDir: v2dir });
    try {
      assert.equal(migration.from, LATEST);
      assert.equal(migration.to, LATEST + 1);
      assert.equal(db.pragma('user_version', { simple: true }), LATEST + 1);

      // The backup was taken before migrating: it opens, is at v1, has v1's data and not v2's table.
      assert.ok(migration.backup && existsSync(migration.backup), 'backup file exists');
      assert.equal(path.dirname(migration.backup), `${file}.backups`);
      assert.match(path.basename(migration.backup), /^\d{4}-\d\d-\d\dT[\d-]+Z-before-migration\.db$/);
      const bak = new Database(migration.backup, { readonly: true });
      try {
        assert.equal(bak.pragma('user_version', { simple: true }), LATEST);
        assert.ok(!tables(bak).includes('record_notes'));
        assert.equal((bak.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n, 2);
        assert.equal((bak.prepare('SELECT notes FROM records WHERE id = ?').get(plan) as { notes: string }).notes, '旧的备注');
        assert.equal(bak.pragma('integrity_check', { simple: true }), 'ok');
      } finally {
        bak.close();
      }

      // Data moved as the migration says, everything else intact.
      assert.deepEqual(db.prepare('SELECT record_id, body FROM record_notes').all(), [{ record_id: plan, body: '旧的备注' }]);
      assert.ok(columns(db, 'chains').includes('colour'));
      const after = tableCounts(db);
      for (const [table, n] of Object.entries(before)) assert.equal(after[table], n, `rows in ${table}`);
      const t2 = wrap(db, file);
      const planAfter = await t2.api.records.get({ id: plan });
      assert.equal(planAfter.notes, '');
      assert.deepEqual({ ...planAfter, notes: '', updatedAt: '' }, { ...planBefore, notes: '', updatedAt: '' });
      // Search still finds what was indexed under v1.
      const hits = await t2.api.search.query({ query: '专题' });
      assert.deepEqual(hits.records.hits.map((h) => h.id), [meeting]);
    } finally {
      db.close();
    }
  });

  it('a migration that rebuilds a parent table keeps the rows that reference it (no cascade on DROP)', async () => {
    // SQLite's documented way to change a CHECK constraint: create, copy, drop, rename.
    // With foreign keys enforced, DROP TABLE would cascade-delete every child row.
    const v1dir = migrationsDir(tmp.dir, 'r-v1', {});
    const v2dir = migrationsDir(tmp.dir, 'r-v2', {
      '0002_rebuild_tags.sql': `
        CREATE TABLE tags_new (
          id          TEXT PRIMARY KEY,
          name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
          created_at  TEXT NOT NULL,
          updated_at  TEXT NOT NULL
        );
        INSERT INTO tags_new SELECT id, name, created_at, updated_at FROM tags;
        DROP TABLE tags;
        ALTER TABLE tags_new RENAME TO tags;
      `,
    });
    const file = path.join(tmp.dir, 'rebuild.db');
    const { t, plan } = await v1Database(file, v1dir);
    const before = tableCounts(t.db);
    t.close();
    const { db } = openDatabase(file, { migrationsDir: v2dir });
    try {
      assert.equal(db.pragma('user_version', { simple: true }), LATEST + 1);
      assert.deepEqual(tableCounts(db), before);
      assert.deepEqual((await wrap(db).api.records.get({ id: plan })).tags, ['专精特新']);
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1, 'foreign keys are back on after migrating');
    } finally {
      db.close();
    }
  });

  it('a failing migration rolls back completely: version, schema and data unchanged', async () => {
    const v1dir = migrationsDir(tmp.dir, 'f-v1', {});
    const bad = migrationsDir(tmp.dir, 'f-v2', {
      '0002_half_done.sql': `
        CREATE TABLE half_done (id TEXT PRIMARY KEY);
        INSERT INTO half_done VALUES ('x');
        ALTER TABLE records ADD COLUMN extra TEXT;
        UPDATE records SET title = 'changed';
        THIS IS NOT SQL;
      `,
    });
    const file = path.join(tmp.dir, 'fail.db');
    const { t } = await v1Database(file, v1dir);
    const schema = schemaSql(t.db);
    const counts = tableCounts(t.db);
    const titles = t.db.prepare('SELECT title FROM records ORDER BY title').all();
    t.close();

    assert.throws(() => openDatabase(file, { migrationsDir: bad }), /syntax error/);

    const db = new Database(file);
    try {
      assert.equal(db.pragma('user_version', { simple: true }), LATEST);
      assert.equal(schemaSql(db), schema);
      assert.ok(!tables(db).includes('half_done'));
      assert.ok(!columns(db, 'records').includes('extra'));
      assert.deepEqual(tableCounts(db), counts);
      assert.deepEqual(db.prepare('SELECT title FROM records ORDER BY title').all(), titles);
    } finally {
      db.close();
    }
    // The app's own migrations still open it.
    openDatabase(file, { migrationsDir: v1dir }).db.close();
  });

  it('a migration that breaks a foreign key is refused by the integrity check and rolled back', async () => {
    const v1dir = migrationsDir(tmp.dir, 'k-v1', {});
    const bad = migrationsDir(tmp.dir, 'k-v2', {
      '0002_dangling.sql': `
        PRAGMA defer_foreign_keys = ON;
        CREATE TABLE extra (id TEXT);
        INSERT INTO record_tags (record_id, tag_id) VALUES ('no-such-record', 'no-such-tag');
      `,
    });
    const file = path.join(tmp.dir, 'fk.db');
    const { t } = await v1Database(file, v1dir);
    const counts = tableCounts(t.db);
    t.close();
    assert.throws(
      () => openDatabase(file, { migrationsDir: bad }),
      (err: unknown) => err instanceof AppError && err.code === 'db-corrupt',
    );
    const db = new Database(file);
    try {
      assert.equal(db.pragma('user_version', { simple: true }), LATEST);
      assert.ok(!tables(db).includes('extra'));
      assert.deepEqual(tableCounts(db), counts);
    } finally {
      db.close();
    }
  });

  it('refuses a database newer than the app with db-too-new and leaves the file untouched', () => {
    const file = path.join(tmp.dir, 'future.db');
    const future = new Database(file);
    future.exec(`CREATE TABLE future_things (x INTEGER); INSERT INTO future_things VALUES (42);`);
    future.pragma(`user_version = ${LATEST + 7}`);
    future.close();
    const hash = sha(file);
    const listing = readdirSync(tmp.dir).filter((f) => f.startsWith('future.db'));

    assert.throws(
      () => openDatabase(file),
      (err: unknown) => err instanceof AppError && err.code === 'db-too-new' && /newer/.test(err.message),
    );
    assert.equal(sha(file), hash, 'the file is byte for byte the same');
    assert.deepEqual(readdirSync(tmp.dir).filter((f) => f.startsWith('future.db') && !/-(wal|shm)$/.test(f)), listing, 'no backup taken');
    const db = new Database(file, { readonly: true });
    try {
      assert.equal(db.pragma('user_version', { simple: true }), LATEST + 7);
      assert.deepEqual(tables(db), ['future_things']);
      assert.equal(db.pragma('journal_mode', { simple: true }), 'delete');
    } finally {
      db.close();
    }
  });

  it('does not run migrations again when another process migrated first', async () => {
    // The app and the CLI may open a fresh file at once: both read version 0,
    // one migrates, the other must then find the work done.
    const file = path.join(tmp.dir, 'race.db');
    const first = wrap(openDatabase(file).db, file);
    await first.add({ kind: 'plan', title: '先到的计划' });
    const second = new Database(file);
    let reads = 0;
    const stale = new Proxy(second, {
      get(target, prop) {
        if (prop === 'pragma') {
          return (sql: string, o?: { simple?: boolean }) => (sql === 'user_version' && reads++ === 0 ? 0 : target.pragma(sql, o));
        }
        const v = Reflect.get(target, prop);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    try {
      const r = migrate(stale, loadMigrations(MIGRATIONS));
      assert.equal(r.from, 0, 'it did read the stale version');
      assert.equal(second.pragma('user_version', { simple: true }), LATEST);
      assert.deepEqual(second.prepare('SELECT title FROM records').all(), [{ title: '先到的计划' }]);
    } finally {
      second.close();
      first.close();
    }
  });

  it('migrate() itself refuses a newer version without touching the schema', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 5');
    assert.throws(() => migrate(db, [{ version: 1, name: 'a', sql: 'CREATE TABLE a (x)' }]), (e: unknown) => e instanceof AppError && e.code === 'db-too-new');
    assert.deepEqual(tables(db), []);
    db.close();
  });

  it('rejects out-of-sequence migration files (a gap or a duplicate number)', () => {
    const gap = migrationsDir(tmp.dir, 'gap', { '0003_skipped_two.sql': 'SELECT 1;' });
    assert.throws(() => loadMigrations(gap), new RegExp(`out of sequence.*expected ${LATEST + 1}`));
    const dup = migrationsDir(tmp.dir, 'dup', { '0002_a.sql': 'SELECT 1;', '0002_b.sql': 'SELECT 2;' });
    assert.throws(() => loadMigrations(dup), new RegExp(`out of sequence.*expected ${LATEST + 2}`));
    const fresh = path.join(tmp.dir, 'gap.db');
    assert.throws(() => openDatabase(fresh, { migrationsDir: gap }), /out of sequence/);
  });

  it('reads only NNNN_name.sql files, in numeric order', () => {
    const dir = migrationsDir(tmp.dir, 'order', {
      '0002_second.sql': 'SELECT 2;',
      '0003_third.sql': 'SELECT 3;',
      'README.md': 'not a migration',
      '0004_Bad-Name.sql': 'not matched: upper case and dash',
    });
    assert.deepEqual(
      loadMigrations(dir).map((m) => `${m.version}:${m.name}`),
      [...loadMigrations(MIGRATIONS).map((m) => `${m.version}:${m.name}`), `${LATEST + 1}:second`, `${LATEST + 2}:third`],
    );
  });

  it('the shipped migrations are numbered 1..N without gaps and use no double-quoted strings', () => {
    const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort();
    files.forEach((f, i) => assert.ok(f.startsWith(String(i + 1).padStart(4, '0') + '_'), f));
    for (const f of files) {
      const sql = readFileSync(path.join(MIGRATIONS, f), 'utf8').replace(/--.*$/gm, '');
      assert.ok(!/"[^"]*"/.test(sql), `${f} uses a double-quoted literal or identifier`);
    }
  });
});

describe('seeding', () => {
  it('is idempotent: opening twice gives the same rows', () => {
    const tmp = tempDir();
    try {
      const file = path.join(tmp.dir, 'seed.db');
      const first = openDatabase(file).db;
      const counts = tableCounts(first);
      const ids = first.prepare('SELECT id FROM chains ORDER BY id').all();
      first.close();
      const second = openDatabase(file).db;
      try {
        assert.deepEqual(tableCounts(second), counts);
        assert.deepEqual(second.prepare('SELECT id FROM chains ORDER BY id').all(), ids);
        assert.ok(counts.regions > 300 && counts.chains > 50, JSON.stringify(counts));
      } finally {
        second.close();
      }
    } finally {
      tmp.cleanup();
    }
  });

  it('gives seeded nodes the same id in every database', () => {
    const a = memoryDb();
    const b = memoryDb();
    try {
      for (const [tree, name] of [['regions', '河南省'], ['regions', '洛阳市'], ['regions', '全国'], ['chains', '光电']] as const) {
        assert.equal(nodeId(a.db, tree, name), nodeId(b.db, tree, name), name);
      }
      assert.match(nodeId(a.db, 'regions', '河南省'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // And the ids do not collide across nodes.
      const ids = a.db.prepare('SELECT id FROM regions UNION ALL SELECT id FROM chains').all() as { id: string }[];
      assert.equal(new Set(ids.map((r) => r.id)).size, ids.length);
    } finally {
      a.close();
      b.close();
    }
  });

  it('does not bring back a seeded node the researcher renamed or trashed', async () => {
    const tmp = tempDir();
    try {
      const file = path.join(tmp.dir, 'edited.db');
      const t = wrap(openDatabase(file).db, file);
      const guangdian = nodeId(t.db, 'chains', '光电');
      const nylon = nodeId(t.db, 'chains', '尼龙新材料');
      const parent = (t.db.prepare('SELECT parent_id AS p FROM chains WHERE id = ?').get(guangdian) as { p: string }).p;
      await t.api.taxonomy.saveChain({ id: guangdian, parentId: parent, name: '光电信息', level: 'chain' });
      await t.api.taxonomy.delete({ tree: 'chains', id: nylon });
      t.db.prepare(`DELETE FROM meta WHERE key = 'seed.taxonomy'`).run(); // force a re-seed
      const counts = tableCounts(t.db);
      t.close();
      const db = openDatabase(file).db;
      try {
        assert.equal((db.prepare('SELECT name FROM chains WHERE id = ?').get(guangdian) as { name: string }).name, '光电信息');
        assert.ok((db.prepare('SELECT deleted_at FROM chains WHERE id = ?').get(nylon) as { deleted_at: string | null }).deleted_at);
        assert.equal(tableCounts(db).chains, counts.chains);
      } finally {
        db.close();
      }
    } finally {
      tmp.cleanup();
    }
  });
});
