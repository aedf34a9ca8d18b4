import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { memoryDb, nodeId, rejectsWith, snapshot, type TestDb } from '../test-helpers';

let t: TestDb;
beforeEach(() => (t = memoryDb()));
afterEach(() => t.close());

describe('actors', () => {
  it('saves a person with posts over time; an edit keeps post ids', async () => {
    const body = await t.api.actors.save({ kind: 'body', name: '河南省工业和信息化厅', aliases: ['省工信厅'], regionId: nodeId(t.db, 'regions', '河南省') });
    const p = await t.api.actors.save({
      kind: 'person', name: '王某某', notes: '链长',
      posts: [
        { post: '洛阳市委书记', startOn: '2021-06', endOn: '2024' },
        { post: '副省长', startOn: '2024-03', orgId: body.id },
      ],
    });
    assert.deepEqual(p.posts.map((x) => [x.post, x.startOn, x.endOn, x.orgId]), [['洛阳市委书记', '2021-06', '2024', null], ['副省长', '2024-03', null, body.id]]);
    const edited = await t.api.actors.save({ id: p.id, kind: 'person', name: '王某某', posts: p.posts.map((x) => ({ id: x.id, post: x.post, startOn: x.startOn, endOn: x.endOn ?? '2025' })) });
    assert.deepEqual(edited.posts.map((x) => x.id), p.posts.map((x) => x.id));
    assert.deepEqual(edited.posts.map((x) => x.endOn), ['2024', '2025']);
    assert.equal(edited.notes, '', 'a save replaces the whole actor');
  });

  it('lists by name or alias in either script, by kind, most-cited first', async () => {
    const a = await t.api.actors.save({ kind: 'body', name: '河南省工业和信息化厅', aliases: ['省工信厅'] });
    const b = await t.api.actors.save({ kind: 'firm', name: '中航光電科技' });
    await t.add({ kind: 'meeting', title: 'm', actors: [{ actorId: b.id, role: 'attendee' }] });
    const trashed = await t.add({ kind: 'meeting', title: 'gone', actors: [{ actorId: b.id, role: 'host' }, { actorId: a.id, role: 'host' }] });
    await t.api.records.delete({ ids: [trashed] });
    assert.deepEqual((await t.api.actors.list({ text: '工信' })).map((x) => x.id), [a.id]);
    assert.deepEqual((await t.api.actors.list({ text: '光电' })).map((x) => x.id), [b.id]);
    assert.deepEqual((await t.api.actors.list({ kind: 'firm' })).map((x) => x.id), [b.id]);
    const all = await t.api.actors.list({});
    assert.deepEqual(all.map((x) => [x.id, x.recordCount]), [[b.id, 1], [a.id, 0]], 'records in the trash are not counted');
  });

  it('refuses an unknown region and bad dates, writing nothing; trashes actors', async () => {
    const before = snapshot(t.db);
    await rejectsWith(t.api.actors.save({ kind: 'firm', name: 'x', regionId: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f' }), 'invalid-argument', 'regionId');
    await rejectsWith(t.api.actors.save({ kind: 'person', name: 'x', posts: [{ post: '书记', startOn: '2024-00' }] }), 'invalid-argument', 'posts.0.startOn');
    await rejectsWith(t.api.actors.save({ kind: 'robot' as never, name: 'x' }), 'invalid-argument', 'kind');
    assert.equal(snapshot(t.db), before);
    const a = await t.api.actors.save({ kind: 'firm', name: '某企业' });
    assert.deepEqual(await t.api.actors.delete({ ids: [a.id] }), { deleted: 1 });
    assert.deepEqual(await t.api.actors.list({}), []);
    assert.ok((await t.api.trash.list({})).some((x) => x.id === a.id && x.kind === 'actor' && x.title === '某企业'));
    await t.api.trash.restore({ ids: [a.id] });
    assert.equal((await t.api.actors.list({})).length, 1);
  });
});

describe('app', () => {
  it('info reports the schema version and live counts', async () => {
    const info = await t.api.app.info({});
    assert.equal(info.schemaVersion, t.db.pragma('user_version', { simple: true }));
    assert.ok(info.schemaVersion >= 1);
    assert.equal(info.counts.records, 0);
    assert.ok(info.counts.chains > 50 && info.counts.regions > 300);
    const r = await t.add({ kind: 'plan', title: 'p' });
    await t.add({ kind: 'plan', title: 'q' });
    await t.api.records.delete({ ids: [r] });
    assert.equal((await t.api.app.info({})).counts.records, 1);
  });
});

describe('actors: name order', () => {
  it('lists actors used equally often in pinyin order', async () => {
    const t = memoryDb();
    try {
      for (const name of ['郑州宇通集团', '安阳钢铁集团', '长沙中联重科', '北京某研究院']) await t.api.actors.save({ kind: 'firm', name });
      assert.deepEqual((await t.api.actors.list({})).map((a) => a.name), ['安阳钢铁集团', '北京某研究院', '长沙中联重科', '郑州宇通集团']);
    } finally {
      t.close();
    }
  });
});
