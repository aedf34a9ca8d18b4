import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Highlight } from '../../api/highlight';
import { memoryDb, rejectsWith, type TestDb } from '../test-helpers';
import { search } from './search';

let t: TestDb;
const id: Record<string, string> = {};
before(async () => {
  t = memoryDb();
  id.simp = await t.add({ kind: 'meeting', title: '河南省召开光电产业链专题会议', summary: '会议强调推动产业链高质量发展', date: '2023-06-12' });
  id.trad = await t.add({ kind: 'plan', title: '洛陽市光電產業鏈三年行動計劃', summary: '推動產業鏈發展，培育專精特新企業', dateStart: '2024', dateEnd: '2026' });
  id.body = await t.add({ kind: 'measure', title: '专项引导基金', summary: '支持光电企业与5G基站建设，AI芯片研发' });
  id.other = await t.add({ kind: 'meeting', title: '现代食品产业集群工作会议', summary: '食品安全' });
  id.gone = await t.add({ kind: 'meeting', title: '已删除的光电会议' });
  await t.api.records.delete({ ids: [id.gone] });
  id.src = t.source({ title: '郑州发布集成电路产业政策', body: '新闻正文：郑州市發佈集成電路產業鏈扶持政策，涉及5G与AI。', outlet: '大河报', publishedAt: '2024-03-01' });
  id.srcTrad = t.source({ title: '光電產業報道', body: '報道內容提到產業鏈。' });
  id.srcGone = t.source({ title: '被删除的光电来源', body: '光电' });
  await t.api.sources.delete({ ids: [id.srcGone] });
});
after(() => t.close());

const recordIds = async (query: string) => (await t.api.search.query({ query, scope: 'records', limit: 50 })).records.hits.map((h) => h.id);
const sourceIds = async (query: string) => (await t.api.search.query({ query, scope: 'sources', limit: 50 })).sources.hits.map((h) => h.id);
const set = (xs: string[]) => [...xs].sort();
const marked = (h: Highlight) => h.segments.filter((s) => s.hit).map((s) => s.text);

describe('search', () => {
  it('finds 1-character substrings', async () => {
    assert.deepEqual(set(await recordIds('链')), set([id.simp, id.trad]));
    assert.deepEqual(set(await recordIds('鏈')), set([id.simp, id.trad]));
    assert.deepEqual(await recordIds('食'), [id.other]);
    assert.deepEqual(await sourceIds('郑'), [id.src]);
  });

  it('finds 2-character substrings', async () => {
    assert.deepEqual(set(await recordIds('光电')), set([id.simp, id.trad, id.body]));
    assert.deepEqual(set(await recordIds('业链')), set([id.simp, id.trad]));
    assert.deepEqual(await recordIds('基金'), [id.body]);
  });

  it('matches simplified and traditional both ways', async () => {
    assert.deepEqual(set(await recordIds('产业链')), set([id.simp, id.trad]));
    assert.deepEqual(set(await recordIds('產業鏈')), set([id.simp, id.trad]));
    assert.deepEqual(set(await recordIds('发展')), set([id.simp, id.trad]));
    assert.deepEqual(set(await recordIds('發展')), set([id.simp, id.trad]));
    assert.deepEqual(await recordIds('洛阳'), [id.trad]);
    assert.deepEqual(await recordIds('专精特新'), [id.trad]);
    assert.deepEqual(set(await sourceIds('产业链')), set([id.src, id.srcTrad]));
    assert.deepEqual(await sourceIds('发布'), [id.src]);
  });

  it('finds a 6-character query, and only as a contiguous substring', async () => {
    assert.deepEqual(await recordIds('光电产业链专题'), [id.simp]);
    assert.deepEqual(await recordIds('光電產業鏈三年'), [id.trad]);
    assert.deepEqual(await recordIds('光电专题产业链'), []);
  });

  it('needs every term (AND)', async () => {
    assert.deepEqual(await recordIds('光电 专题'), [id.simp]);
    assert.deepEqual(await recordIds('产业链 三年'), [id.trad]);
    assert.deepEqual(await recordIds('光电 食品'), []);
  });

  it('finds English words and digits by prefix, also next to Chinese', async () => {
    assert.deepEqual(await recordIds('5G'), [id.body]);
    assert.deepEqual(await recordIds('ai'), [id.body]);
    assert.deepEqual(await recordIds('AI芯片'), [id.body]);
    assert.deepEqual(await recordIds('基站'), [id.body]);
    assert.deepEqual(await sourceIds('5g'), [id.src]);
    assert.deepEqual(await recordIds('2023'), [], 'dates are not text');
  });

  it('ranks a title hit before a body-only hit', async () => {
    // 光电 is in the titles of simp and trad, only in the summary of body.
    const hits = await recordIds('光电');
    assert.equal(hits.at(-1), id.body);
    // Even when the body says it many times and the title once, in a longer title.
    const s = memoryDb();
    try {
      const bodyOnly = await s.add({ kind: 'meeting', title: '工作会议', summary: '尼龙尼龙尼龙，尼龙产业，尼龙材料。' });
      const inTitle = await s.add({ kind: 'meeting', title: '平顶山市召开尼龙新材料产业链专题推进会议', summary: '会议部署下一阶段工作' });
      const r = await s.api.search.query({ query: '尼龙' });
      assert.deepEqual(r.records.hits.map((h) => h.id), [inTitle, bodyOnly]);
    } finally {
      s.close();
    }
  });

  it('marks hits in the original script, with offsets into the original text', async () => {
    const r = await t.api.search.query({ query: '产业链', scope: 'all' });
    const trad = r.records.hits.find((h) => h.id === id.trad)!;
    assert.deepEqual(marked(trad.title), ['產業鏈']);
    const title = '洛陽市光電產業鏈三年行動計劃';
    assert.equal(trad.title.firstHit, title.indexOf('產業鏈'));
    assert.deepEqual(marked(trad.snippet), ['產業鏈']);
    assert.equal(trad.snippet.segments.map((s) => s.text).join(''), '推動產業鏈發展，培育專精特新企業');
    const simp = r.records.hits.find((h) => h.id === id.simp)!;
    assert.deepEqual(marked(simp.title), ['产业链']);
    assert.equal(simp.title.firstHit, 7);

    const src = r.sources.hits.find((h) => h.id === id.src)!;
    const body = '新闻正文：郑州市發佈集成電路產業鏈扶持政策，涉及5G与AI。';
    assert.deepEqual(marked(src.snippet), ['產業鏈']);
    assert.equal(src.snippet.firstHit, body.indexOf('產業鏈'));
    assert.equal(src.outlet, '大河报');
    assert.equal(src.publishedAt, '2024-03-01');
  });

  it('does not return trashed records or sources', async () => {
    const r = await t.api.search.query({ query: '光电', limit: 50 });
    assert.ok(!r.records.hits.some((h) => h.id === id.gone));
    assert.ok(!r.sources.hits.some((h) => h.id === id.srcGone));
    assert.equal(r.records.total, 3);
    assert.equal(r.sources.total, 1);
  });

  it('counts all hits and pages through them', async () => {
    const all = await recordIds('产业');
    assert.deepEqual(set(all), set([id.simp, id.trad, id.other]));
    const page = await t.api.search.query({ query: '产业', scope: 'records', limit: 2, offset: 1 });
    assert.equal(page.records.total, 3);
    assert.deepEqual(page.records.hits.map((h) => h.id), all.slice(1, 3));
    assert.deepEqual(page.sources, { total: 0, atLeast: false, hits: [] }, 'scope records leaves sources out');
  });

  it('stops counting past the cap and says the total is a lower bound, still paging past it', () => {
    const exact = search(t.db, { query: '产业', scope: 'records', limit: 50, offset: 0 });
    assert.deepEqual([exact.records.total, exact.records.atLeast], [3, false]);
    const capped = search(t.db, { query: '产业', scope: 'records', limit: 50, offset: 0, countCap: 2 });
    assert.deepEqual([capped.records.total, capped.records.atLeast], [2, true]);
    assert.deepEqual(set(capped.records.hits.map((h) => h.id)), set(exact.records.hits.map((h) => h.id)), 'the page is not cut by the cap');
    const atCap = search(t.db, { query: '产业', scope: 'records', limit: 50, offset: 0, countCap: 3 });
    assert.deepEqual([atCap.records.total, atCap.records.atLeast], [3, false], 'exactly the cap is an exact count');
  });

  it('treats FTS5 syntax in a query as text, never as an error', async () => {
    for (const q of ['"', '"产业', 'NEAR(光电 产业)', 'OR', 'a AND', '光电 OR 食品', 'title_uni:光', '*', '产业*', '^光电', '(光电', '光电)', '-产业', '{title_bi}: 光', "'; DROP TABLE records; --"]) {
      const r = await t.api.search.query({ query: q });
      assert.ok(r.records.total >= 0, q);
      const l = await t.api.records.list({ filter: { text: q } });
      assert.ok(l.total >= 0, q);
    }
    assert.deepEqual(await recordIds('光电 OR 食品'), [], 'OR is a word to find, not an operator');
  });

  it('returns nothing for a query of punctuation only, and refuses an empty one', async () => {
    const r = await t.api.search.query({ query: '，。！' });
    assert.deepEqual([r.records.total, r.sources.total], [0, 0]);
    await rejectsWith(t.api.search.query({ query: '   ' }), 'invalid-argument', 'query');
  });
});

describe('search after edits', () => {
  it('follows a record edit: the old title no longer matches, the new one does', async () => {
    const s = memoryDb();
    try {
      const r = await s.api.records.save({ record: { kind: 'meeting', title: '尼龙新材料推进会' } });
      assert.equal((await s.api.search.query({ query: '尼龙' })).records.total, 1);
      await s.api.records.save({ record: { id: r.id, kind: 'meeting', title: '超硬材料推进会' } });
      assert.equal((await s.api.search.query({ query: '尼龙' })).records.total, 0);
      assert.equal((await s.api.search.query({ query: '超硬' })).records.total, 1);
      assert.equal((await s.api.search.query({ query: '推进会' })).records.total, 1, 'indexed once, not twice');
    } finally {
      s.close();
    }
  });

  it('follows a source title edit', async () => {
    const s = memoryDb();
    try {
      const src = s.source({ title: '旧标题说尼龙', body: '正文' });
      await s.api.sources.update({ id: src, title: '新标题说铝基' });
      assert.equal((await s.api.search.query({ query: '尼龙' })).sources.total, 0);
      assert.equal((await s.api.search.query({ query: '铝基' })).sources.total, 1);
      assert.equal((await s.api.search.query({ query: '正文' })).sources.total, 1, 'the body is still indexed');
    } finally {
      s.close();
    }
  });
});

describe('search: records by the people and bodies linked to them', () => {
  it('finds a record by an actor’s name or other name, in either script, and follows renames and the trash', async () => {
    const person = await t.api.actors.save({ kind: 'person', name: '楼阳生', aliases: ['楼书记'] });
    const body = await t.api.actors.save({ kind: 'body', name: '河南省发展和改革委员会' });
    const rec = await t.add({ kind: 'meeting', title: '全省重点项目推进会', date: '2024-04-02', actors: [{ actorId: person.id, role: 'chair' }, { actorId: body.id, role: 'host' }] });
    assert.deepEqual(await recordIds('楼阳生'), [rec]);
    assert.deepEqual(await recordIds('樓陽生'), [rec]);
    assert.deepEqual(await recordIds('楼书记'), [rec]);
    assert.deepEqual(await recordIds('发展和改革委员会'), [rec]);
    await t.api.actors.save({ id: person.id, kind: 'person', name: '楼某某', aliases: [] });
    assert.deepEqual(await recordIds('楼阳生'), []);
    assert.deepEqual(await recordIds('楼某某'), [rec]);
    await t.api.actors.delete({ ids: [body.id] });
    assert.deepEqual(await recordIds('发展和改革委员会'), []);
    await t.api.trash.restore({ ids: [body.id] });
    assert.deepEqual(await recordIds('发展和改革委员会'), [rec]);
  });
});
