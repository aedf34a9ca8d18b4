import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { memoryDb, rejectsWith, snapshot, type TestDb } from '../test-helpers';
import { insertSource } from './sources';

let t: TestDb;
beforeEach(() => (t = memoryDb()));
afterEach(() => t.close());

const RAW = '河南省召开先进制造业链长会议\n\n来源：河南日报  2024-06-12 09:30\n\n分享到：微信 微博\n\n6月12日，省长主持召开链长会议，研究推进新材料产业链发展。\n\n会议强调，要加快培育龙头企业。\n\n责任编辑：王某';
// What an older cleaning left: the share line and the editor line were still in the body.
const OLD_BODY = '分享到：微信 微博\n\n6月12日，省长主持召开链长会议，研究推进新材料产业链发展。\n\n会议强调，要加快培育龙头企业。\n\n责任编辑：王某';

function source(raw = RAW, body = OLD_BODY): string {
  return insertSource(t.db, { title: '河南省召开先进制造业链长会议', outlet: '河南日报', publishedAt: '2024-06-12', body, raw, format: 'txt', encoding: 'UTF-8', fileName: 'a.txt' })!;
}

describe('source edits', () => {
  it('validates each field with a reason and keeps every change in the history', async () => {
    const id = source();
    const before = snapshot(t.db);
    await rejectsWith(t.api.sources.update({ id, url: 'javascript:alert(1)' }), 'invalid-argument', 'url');
    await rejectsWith(t.api.sources.update({ id, url: 'www.example' }), 'invalid-argument', 'url');
    await rejectsWith(t.api.sources.update({ id, publishedAt: '2024-02-30' }), 'invalid-argument', 'publishedAt');
    await rejectsWith(t.api.sources.update({ id, publishedAt: '2024-06-12 25:10' }), 'invalid-argument', 'publishedAt');
    await rejectsWith(t.api.sources.update({ id, title: '  ' }), 'invalid-argument', 'title');
    await rejectsWith(t.api.sources.update({ id, script: 'klingon' as never }), 'invalid-argument', 'script');
    assert.equal(snapshot(t.db), before, 'a refused edit writes nothing');
    const err = await t.api.sources.update({ id, publishedAt: '2024-13-01' }).catch((e: { reason?: string }) => e);
    assert.equal((err as { reason?: string }).reason, 'not-a-time');

    const s = await t.api.sources.update({ id, title: '链长会议召开', url: 'https://www.henan.gov.cn/a.html', publishedAt: '2024-06-12 09:30', script: 'simplified' });
    assert.equal(s.publishedAt, '2024-06-12T09:30');
    assert.equal(s.url, 'https://www.henan.gov.cn/a.html');
    await t.api.sources.update({ id, notes: '省政府网站转载', outlet: '河南日报' }); // the outlet is unchanged: only notes are kept
    await t.api.sources.update({ id, notes: '省政府网站转载' }); // nothing changes: nothing kept
    const h = await t.api.sources.history({ id });
    assert.deepEqual(h.map((v) => [v.reason, v.from, v.to]), [
      ['edit', { notes: '' }, { notes: '省政府网站转载' }],
      ['edit', { title: '河南省召开先进制造业链长会议', url: '', publishedAt: '2024-06-12', script: 'none' }, { title: '链长会议召开', url: 'https://www.henan.gov.cn/a.html', publishedAt: '2024-06-12T09:30', script: 'simplified' }],
    ]);
    assert.ok((await t.api.search.query({ query: '链长会议召开' })).sources.hits.some((x) => x.id === id), 'a new title is searchable');
  });
});

describe('clean again', () => {
  it('re-anchors a moved quote, flags and lists a vanished one, keeps the old body in the history', async () => {
    const id = source();
    const rec = await t.add({ kind: 'meeting', title: '链长会议' });
    const moved = await t.api.citations.add({ recordId: rec, sourceId: id, quote: '加快培育龙头企业' });
    const gone = await t.api.citations.add({ recordId: rec, sourceId: id, quote: '责任编辑：王某' });
    const r = await t.api.sources.reclean({ id });
    assert.equal(r.changed, true);
    assert.equal(r.reanchored, 1);
    assert.deepEqual(r.unanchored.map((u) => [u.id, u.quote, u.recordId]), [[gone.id, '责任编辑：王某', rec]]);
    const s = await t.api.sources.get({ id });
    assert.ok(!s.body.includes('责任编辑') && !s.body.includes('分享到'));
    const m = s.citations.find((c) => c.id === moved.id)!;
    assert.equal(s.body.slice(m.start!, m.end!), '加快培育龙头企业');
    assert.equal(m.unanchoredAt, null);
    const g = s.citations.find((c) => c.id === gone.id)!;
    assert.deepEqual([g.quote, g.start, g.end, !!g.unanchoredAt], ['责任编辑：王某', null, null, true], 'kept with its quote, flagged');
    assert.equal(s.title, '河南省召开先进制造业链长会议');
    const [v] = await t.api.sources.history({ id });
    assert.deepEqual([v!.reason, v!.from.bodyChars, v!.to.bodyChars, v!.reanchored, v!.unanchored], ['reclean', OLD_BODY.length, s.body.length, 1, 1]);
    // The record still shows both citations.
    assert.equal((await t.api.records.get({ id: rec })).citations.length, 2);
    // Again: nothing changes.
    assert.equal((await t.api.sources.reclean({ id })).changed, false);
  });

  it('finds a quote again whatever its script, and refuses a source with no original', async () => {
    const id = source(RAW, OLD_BODY.replace('龙头企业', '龍頭企業'));
    const rec = await t.add({ kind: 'meeting', title: '链长会议' });
    const c = await t.api.citations.add({ recordId: rec, sourceId: id, quote: '培育龍頭企業' });
    const r = await t.api.sources.reclean({ id });
    assert.equal(r.reanchored, 1);
    const s = await t.api.sources.get({ id });
    const got = s.citations.find((x) => x.id === c.id)!;
    assert.equal(s.body.slice(got.start!, got.end!), '培育龙头企业');
    const bare = insertSource(t.db, { title: 'x', body: 'y' })!;
    await rejectsWith(t.api.sources.reclean({ id: bare }), 'invalid-argument', 'id');
  });
});

describe('re-anchoring', () => {
  it('of several places, takes the one nearest where the quote was', async () => {
    const { reanchor } = await import('./reclean');
    const { fold } = await import('../text/fold');
    const body = '会议强调。中间一段。会议强调。结尾';
    // The quote was near the end of a body of the same length: the second occurrence.
    assert.deepEqual(reanchor(body, fold(body), '会议强调', { start: 12, bodyChars: body.length }), { start: 10, end: 14 });
    assert.deepEqual(reanchor(body, fold(body), '会议强调', { start: 0, bodyChars: body.length }), { start: 0, end: 4 });
    assert.equal(reanchor(body, fold(body), '不在正文', { start: 0, bodyChars: body.length }), null);
  });
});
