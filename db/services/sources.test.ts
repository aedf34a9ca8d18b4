import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { memoryDb, rejectsWith, snapshot, type TestDb } from '../test-helpers';
import { insertSource } from './sources';

let t: TestDb;
beforeEach(() => (t = memoryDb()));
afterEach(() => t.close());

const BODY = '5月10日，洛阳市召开光电产业链推进会。会议强调，要培育链主企业。會議要求加快項目建設。';
const NOBODY = '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f';

describe('sources', () => {
  it('stores an article once per fingerprint, trashed or not', () => {
    const a = insertSource(t.db, { title: '甲', body: BODY, fingerprint: 'fp-1' });
    assert.ok(a);
    assert.equal(insertSource(t.db, { title: '甲（转载）', body: BODY, fingerprint: 'fp-1' }), null);
    t.db.prepare('UPDATE sources SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), a);
    assert.equal(insertSource(t.db, { title: '甲', body: BODY, fingerprint: 'fp-1' }), null);
    assert.ok(insertSource(t.db, { title: '乙', body: BODY }), 'no fingerprint, no duplicate check');
  });

  it('keeps the original deflated and gives it back exactly; no original stays empty', async () => {
    const page = `<html><head><title>洛阳</title></head><body>${'<nav><a href="/">首页</a> <a href="/news">新闻</a></nav>'.repeat(40)}<p>${BODY}</p></body></html>`;
    const withPage = insertSource(t.db, { title: '甲', body: BODY, raw: page, format: 'html' })!;
    const none = insertSource(t.db, { title: '乙', body: BODY })!;
    const stored = (id: string) => t.db.prepare('SELECT typeof(raw) AS type, length(raw) AS bytes FROM sources WHERE id = ?').get(id) as { type: string; bytes: number };
    assert.equal(stored(withPage).type, 'blob');
    assert.ok(stored(withPage).bytes < Buffer.byteLength(page) / 4, `a repetitive page shrinks (${stored(withPage).bytes} of ${Buffer.byteLength(page)} bytes)`);
    assert.deepEqual(await t.api.sources.original({ id: withPage }), { raw: page, format: 'html' });
    assert.deepEqual(stored(none), { type: 'text', bytes: 0 });
    assert.equal((await t.api.sources.original({ id: none })).raw, '');
    assert.equal((await t.api.sources.get({ id: withPage })).hasOriginal, true);
    assert.equal((await t.api.sources.get({ id: none })).hasOriginal, false);
  });

  it('lists by text, publication window, sort and page', async () => {
    t.source({ title: '光电产业链推进会', body: BODY, publishedAt: '2023-05-10 22:21:12', outlet: '洛阳日报' });
    t.source({ title: '尼龙新材料发布会', body: '平顶山', publishedAt: '2024-01-02' });
    t.source({ title: '無日期的報道', body: '产业链' });
    const list = async (a: Parameters<typeof t.api.sources.list>[0]) => (await t.api.sources.list(a)).rows.map((r) => r.title);
    assert.deepEqual(await list({}), ['尼龙新材料发布会', '光电产业链推进会', '無日期的報道'], 'newest first, undated last');
    assert.deepEqual(await list({ sort: 'published' }), ['光电产业链推进会', '尼龙新材料发布会', '無日期的報道']);
    assert.deepEqual(await list({ text: '產業鏈' }), ['光电产业链推进会', '無日期的報道']);
    assert.deepEqual(await list({ from: '2023-05', to: '2023-05' }), ['光电产业链推进会'], 'a timestamp on the last day is inside');
    assert.deepEqual(await list({ from: '2023-05-11' }), ['尼龙新材料发布会']);
    assert.deepEqual(await list({ to: '2023-05-10' }), ['光电产业链推进会']);
    const page = await t.api.sources.list({ page: { offset: 1, limit: 1 } });
    assert.deepEqual([page.total, page.rows.map((r) => r.title)], [3, ['光电产业链推进会']]);
  });

  it('updates the researcher-editable fields and refuses bad ones, writing nothing', async () => {
    const id = t.source({ title: '原标题', body: BODY, outlet: '大河网' });
    const s = await t.api.sources.update({ id, title: '新标题', outlet: '河南日报', url: 'https://example.org/a', publishedAt: '2023-05-10T08:30', notes: '我的笔记' });
    assert.deepEqual([s.title, s.outlet, s.url, s.publishedAt, s.notes, s.body], ['新标题', '河南日报', 'https://example.org/a', '2023-05-10T08:30', '我的笔记', BODY]);
    const cleared = await t.api.sources.update({ id, publishedAt: null });
    assert.equal(cleared.publishedAt, null);
    assert.equal(cleared.title, '新标题', 'fields not given are kept');
    const before = snapshot(t.db);
    await rejectsWith(t.api.sources.update({ id, publishedAt: '2023年5月10日' }), 'invalid-argument', 'publishedAt');
    await rejectsWith(t.api.sources.update({ id, title: ' ' }), 'invalid-argument', 'title');
    await rejectsWith(t.api.sources.update({ id: NOBODY, title: 'x' }), 'not-found', 'id');
    assert.equal(snapshot(t.db), before);
  });

  it('trashes and restores sources; a trashed source is out of lists and search', async () => {
    const id = t.source({ title: '光电报道', body: BODY });
    assert.deepEqual(await t.api.sources.delete({ ids: [id] }), { deleted: 1 });
    assert.equal((await t.api.sources.list({})).total, 0);
    assert.equal((await t.api.search.query({ query: '光电' })).sources.total, 0);
    assert.ok((await t.api.sources.get({ id })).deletedAt);
    assert.ok((await t.api.trash.list({})).some((x) => x.id === id && x.kind === 'source'));
    assert.deepEqual(await t.api.sources.restore({ ids: [id] }), { restored: 1 });
    assert.equal((await t.api.search.query({ query: '光电' })).sources.total, 1);
  });
});

describe('citations', () => {
  it('adds a passage by offsets (quote filled in) or by quote (offsets found), and removes it', async () => {
    const src = t.source({ title: '推进会', body: BODY });
    const rec = await t.add({ kind: 'meeting', title: '光电产业链推进会', date: '2023-05-10' });
    const start = BODY.indexOf('要培育');
    const a = await t.api.citations.add({ recordId: rec, sourceId: src, start, end: start + 7 });
    const b = await t.api.citations.add({ recordId: rec, sourceId: src, quote: '會議要求加快項目建設', note: '繁体原文' });
    const detail = await t.api.records.get({ id: rec });
    const byId = new Map(detail.citations.map((c) => [c.id, c]));
    assert.deepEqual([byId.get(a.id)!.quote, byId.get(a.id)!.start, byId.get(a.id)!.end], ['要培育链主企业', start, start + 7]);
    const q = byId.get(b.id)!;
    assert.equal(BODY.slice(q.start!, q.end!), '會議要求加快項目建設');
    assert.equal(q.note, '繁体原文');

    const s = await t.api.sources.get({ id: src });
    assert.deepEqual(s.citations.map((c) => [c.recordId, c.quote]), [[rec, '要培育链主企业'], [rec, '會議要求加快項目建設']], 'in text order');
    assert.equal((await t.api.sources.list({})).rows[0].citedBy, 1, 'one record');

    assert.deepEqual(await t.api.citations.remove({ id: a.id }), { removed: 1 });
    assert.deepEqual(await t.api.citations.remove({ id: a.id }), { removed: 0 });
    assert.equal((await t.api.records.get({ id: rec })).citations.length, 1);
  });

  it('refuses passages outside the text or half-given, unknown records and sources, writing nothing', async () => {
    const src = t.source({ title: '推进会', body: BODY });
    const rec = await t.add({ kind: 'meeting', title: 'm' });
    const before = snapshot(t.db);
    await rejectsWith(t.api.citations.add({ recordId: rec, sourceId: src, start: 3, end: BODY.length + 1 }), 'invalid-argument', 'end');
    await rejectsWith(t.api.citations.add({ recordId: rec, sourceId: src, start: 5, end: 3 }), 'invalid-argument', 'end');
    await rejectsWith(t.api.citations.add({ recordId: rec, sourceId: src, start: 5 }), 'invalid-argument', 'end');
    await rejectsWith(t.api.citations.add({ recordId: rec, sourceId: src, start: -1, end: 3 }), 'invalid-argument', 'start');
    await rejectsWith(t.api.citations.add({ recordId: NOBODY, sourceId: src }), 'not-found', 'recordId');
    await rejectsWith(t.api.citations.add({ recordId: rec, sourceId: NOBODY }), 'not-found', 'sourceId');
    assert.equal(snapshot(t.db), before);
  });

  it('a source cited by a trashed record counts no citation', async () => {
    const src = t.source({ title: '推进会', body: BODY });
    const rec = await t.add({ kind: 'meeting', title: 'm', citations: [{ sourceId: src, quote: '光电' }] });
    await t.api.records.delete({ ids: [rec] });
    assert.equal((await t.api.sources.list({})).rows[0].citedBy, 0);
    assert.deepEqual((await t.api.sources.get({ id: src })).citations, []);
  });
});
