import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { memoryDb, rejectsWith, type TestDb } from '../test-helpers';

let t: TestDb;
let result: { records: number; sources: number; actors: number };
before(async () => {
  t = memoryDb();
  result = await t.api.app.demo({ count: 200, seed: 7 });
});
after(() => t.close());

const n = (sql: string) => (t.db.prepare(sql).get() as { n: number }).n;

describe('demo data', () => {
  it('adds the requested number of records, with sources and actors as reported', async () => {
    assert.equal(result.records, 200);
    const info = await t.api.app.info({});
    assert.equal(info.counts.records, 200);
    assert.equal(info.counts.sources, result.sources);
    assert.equal(info.counts.actors, result.actors);
    assert.ok(result.sources >= 60, 'about every third record cites an article');
  });

  it('is realistic: all kinds, years 2018–2026, chains, regions, targets, plan links and citations', () => {
    assert.deepEqual((t.db.prepare('SELECT DISTINCT kind FROM records ORDER BY kind').all() as { kind: string }[]).map((r) => r.kind), ['measure', 'meeting', 'plan']);
    const years = t.db.prepare(`SELECT min(substr(date_start, 1, 4)) AS lo, max(substr(date_start, 1, 4)) AS hi FROM records`).get() as { lo: string; hi: string };
    assert.ok(years.lo >= '2018' && years.hi <= '2026', JSON.stringify(years));
    assert.equal(n(`SELECT count(*) AS n FROM records WHERE date_start IS NULL`), 0);
    assert.ok(n(`SELECT count(DISTINCT substr(date_start, 1, 4)) AS n FROM records`) >= 8);
    assert.equal(n(`SELECT count(*) AS n FROM records r WHERE NOT EXISTS (SELECT 1 FROM record_chains c WHERE c.record_id = r.id)`), 0);
    assert.equal(n(`SELECT count(*) AS n FROM records r WHERE NOT EXISTS (SELECT 1 FROM record_regions c WHERE c.record_id = r.id)`), 0);
    assert.ok(n(`SELECT count(DISTINCT chain_id) AS n FROM record_chains`) >= 20, 'many chains');
    assert.ok(n(`SELECT count(DISTINCT region_id) AS n FROM record_regions`) >= 30, 'many regions');
    assert.ok(n(`SELECT count(*) AS n FROM targets`) > 0);
    assert.equal(n(`SELECT count(*) AS n FROM targets t JOIN records r ON r.id = t.record_id WHERE r.kind = 'meeting'`), 0);
    assert.ok(n(`SELECT count(*) AS n FROM record_links l JOIN records m ON m.id = l.from_id JOIN records p ON p.id = l.to_id
                 WHERE l.relation = 'part-of' AND m.kind = 'measure' AND p.kind = 'plan'`) > 0);
    assert.equal(n(`SELECT count(*) AS n FROM records WHERE kind = 'measure' AND instrument IS NULL`), 0);
    // Every citation quotes its source exactly.
    const cites = t.db.prepare(`SELECT c.quote, c.start_offset AS s, c.end_offset AS e, src.body FROM citations c JOIN sources src ON src.id = c.source_id`).all() as {
      quote: string; s: number; e: number; body: string;
    }[];
    assert.equal(cites.length, result.sources);
    for (const c of cites) assert.equal(c.body.slice(c.s, c.e), c.quote);
    assert.equal((t.db.pragma('foreign_key_check') as unknown[]).length, 0);
  });

  it('weights Henan, and the data answers filters, search, timeline and stats', async () => {
    const henan = (await t.api.records.list({ filter: { regions: ['河南省'] } })).total;
    assert.ok(henan >= 200 * 0.3, `Henan has ${henan} records`);
    assert.ok((await t.api.search.query({ query: '产业链' })).records.total > 0);
    const tl = await t.api.views.timeline({ filter: { from: '2020', to: '2022' }, laneBy: 'chain', depth: 1 });
    assert.ok(tl.items.key.length > 0 && tl.lanes.length > 1);
    const stats = await t.api.views.stats({ by: 'kind', period: 'year' });
    assert.equal(stats.reduce((s, r) => s + r.count, 0), 200);
  });

  it('is the same for the same seed', async () => {
    const other = memoryDb();
    try {
      await other.api.app.demo({ count: 200, seed: 7 });
      const shape = (x: TestDb) => x.db.prepare(`SELECT kind, title, date_start, date_end FROM records ORDER BY seq`).all();
      assert.deepEqual(shape(other), shape(t));
    } finally {
      other.close();
    }
  });

  it('refuses a count out of range', async () => {
    await rejectsWith(t.api.app.demo({ count: 0 }), 'invalid-argument', 'count');
    await rejectsWith(t.api.app.demo({ count: 1.5 }), 'invalid-argument', 'count');
  });
});
