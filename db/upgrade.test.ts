import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { after, describe, it } from 'node:test';
import { loadMigrations, migrationFunctions } from './migrate';
import { openDatabase } from './open';
import { MIGRATIONS_DIR } from './schema';
import { tempDir, wrap } from './test-helpers';

// A researcher may open a file last written by any earlier release. For every
// earlier schema version, a database is made by that version's migrations
// alone, filled with rows as that schema takes them, and opened by this app.
const MIGRATIONS = loadMigrations(MIGRATIONS_DIR);
const LATEST = MIGRATIONS.at(-1)!.version;
const tmp = tempDir('chainline-upgrade-');
after(() => tmp.cleanup());

const T = '2024-01-01T00:00:00.000Z';
const PLAN = '00000000-0000-4000-8000-000000000004';
const MEETING = '00000000-0000-4000-8000-000000000005';
const SOURCE = '00000000-0000-4000-8000-000000000009';

/** Rows every schema since 0001 takes: a plan with chain, region, tag, target and progress, a cited source, a meeting it links to. */
function fill(db: Database.Database): void {
  db.exec(`
    INSERT INTO chains (id, parent_id, name, level, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', NULL, '光电', 'chain', '${T}', '${T}');
    INSERT INTO regions (id, parent_id, code, name, level, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000002', NULL, '410300', '洛阳市', 'prefecture', '${T}', '${T}');
    INSERT INTO records (id, kind, title, date_start, date_end, precision, first_day, last_day, status, notes, created_at, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000004', 'plan', '洛阳市光电产业链三年行动计划', '2024', '2026', 'year', '2024-01-01', '2026-12-31', 'in-force', '旧的备注', '${T}', '${T}');
    INSERT INTO records (id, kind, subkind, title, date_start, precision, first_day, last_day, created_at, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000005', 'meeting', 'chain-meeting', '光电产业链专题会议', '2023-06-12', 'day', '2023-06-12', '2023-06-12', '${T}', '${T}');
    INSERT INTO record_chains (record_id, chain_id) VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000001');
    INSERT INTO record_regions (record_id, region_id) VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000002');
    INSERT INTO tags (id, name, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000006', '专精特新', '${T}', '${T}');
    INSERT INTO record_tags (record_id, tag_id) VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000006');
    INSERT INTO targets (id, record_id, metric, value, unit, deadline, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000007', '00000000-0000-4000-8000-000000000004', '产业规模', 900, '亿元', '2026', '${T}', '${T}');
    INSERT INTO target_progress (id, target_id, observed_on, value, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000007', '2024-12', 420, '${T}', '${T}');
    INSERT INTO record_links (id, from_id, to_id, relation, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000008', '00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000005', 'announced-at', '${T}', '${T}');
    INSERT INTO sources (id, title, outlet, body, raw, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000009', '洛阳光电产业链推进会召开', '洛阳日报', '会议强调，要加快光电产业链发展。', '会议强调，要加快光电产业链发展。', '${T}', '${T}');
    INSERT INTO citations (id, record_id, source_id, quote, start_offset, end_offset, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000010', '00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000009', '加快光电产业链发展', 7, 16, '${T}', '${T}');
  `);
}

describe('upgrades from every earlier schema version', () => {
  for (let v = 1; v < LATEST; v++) {
    it(`a database made by migrations 1–${v} opens at ${LATEST} with every row, searchable and editable`, async () => {
      const file = path.join(tmp.dir, `v${v}.db`);
      const old = new Database(file);
      migrationFunctions(old);
      old.transaction(() => {
        for (const m of MIGRATIONS.filter((m) => m.version <= v)) old.exec(m.sql);
        old.pragma(`user_version = ${v}`);
        fill(old);
        // Record history exists since 0004; 0008 rebuilds its table, which must keep every version.
        if (v >= 4) old.prepare(`INSERT INTO record_versions (record_id, saved_at, replaced_at, reason, data) VALUES (?, ?, ?, 'edit', ?)`).run(PLAN, T, T, JSON.stringify({ id: PLAN, kind: 'plan', title: '洛阳市光电计划（草稿）' }));
      })();
      old.close();

      const { db, migration } = openDatabase(file);
      try {
        assert.deepEqual([migration.from, migration.to], [v, LATEST]);
        assert.ok(migration.backup && existsSync(migration.backup), 'a copy was taken before migrating');
        assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
        assert.deepEqual(db.pragma('foreign_key_check'), []);
        const t = wrap(db, file);
        const plan = await t.api.records.get({ id: PLAN });
        assert.equal(plan.title, '洛阳市光电产业链三年行动计划');
        assert.equal(plan.notes, '旧的备注');
        assert.deepEqual(plan.chains.map((c) => c.name), ['光电']);
        assert.deepEqual(plan.regions.map((r) => r.name), ['洛阳市']);
        assert.deepEqual(plan.tags, ['专精特新']);
        assert.deepEqual(plan.targets.map((g) => [g.metric, g.value, g.progress.map((p) => p.value)]), [['产业规模', 900, [420]]]);
        assert.deepEqual(plan.links.map((l) => [l.relation, l.otherId]), [['announced-at', MEETING]]);
        assert.deepEqual(plan.citations.map((c) => [c.quote, c.start, c.end]), [['加快光电产业链发展', 7, 16]]);
        // Indexed by this version's rules: both scripts, short and long queries.
        assert.deepEqual((await t.api.search.query({ query: '專題' })).records.hits.map((h) => h.id), [MEETING]);
        assert.deepEqual((await t.api.search.query({ query: '加快光电产业' })).sources.hits.map((h) => h.id), [SOURCE]);
        // Writable under the new schema, history included.
        await t.api.records.save({ record: { id: PLAN, kind: 'plan', title: '洛阳市光电产业链三年行动计划（2024—2026年）', dateStart: '2024', dateEnd: '2026' } });
        const history = await t.api.records.history({ id: PLAN });
        assert.equal(history[0].title, '洛阳市光电产业链三年行动计划');
        if (v >= 4) assert.equal(history[1].title, '洛阳市光电计划（草稿）');
        // An original stored as text before 0010 is deflated by it, and reads back as it was.
        if (v < 10) assert.equal((db.prepare(`SELECT typeof(raw) AS t FROM sources WHERE id = ?`).get(SOURCE) as { t: string }).t, 'blob');
        assert.equal((await t.api.sources.original({ id: SOURCE })).raw, '会议强调，要加快光电产业链发展。');
        // A bundle merge's reason is allowed (0008).
        db.prepare(`INSERT INTO record_versions (record_id, saved_at, replaced_at, reason, data) VALUES (?, ?, ?, 'merge', '{}')`).run(PLAN, T, T);
      } finally {
        db.close();
      }
    });
  }

  it('covers every migration there is', () => {
    assert.equal(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).length, LATEST);
  });
});
