import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DEMO_TAG } from '../../api/contract/app';
import { memoryDb, rejectsWith, snapshot, type TestDb } from '../test-helpers';

let t: TestDb;
beforeEach(() => (t = memoryDb()));
afterEach(() => t.close());

describe('demo data beside real work', () => {
  it('asks before mixing into a database with records; tagged; removed to the trash and back, own data untouched', async () => {
    const own = await t.add({ kind: 'meeting', title: '我自己的会议记录', date: '2024-05-01' });
    const before = snapshot(t.db);
    await rejectsWith(t.api.app.demo({ count: 20 }), 'conflict', 'force');
    assert.equal(snapshot(t.db), before, 'nothing written without force');

    await t.api.app.demo({ count: 20, force: true });
    const info = await t.api.app.info({});
    assert.equal(info.counts.demo, 20);
    assert.equal(info.counts.records, 21);
    assert.equal((await t.api.records.list({ filter: { tags: [DEMO_TAG] } })).total, 20);

    const removed = await t.api.app.removeDemo({});
    assert.equal(removed.records, 20);
    assert.ok(removed.sources > 0 && removed.actors > 0);
    const after = await t.api.app.info({});
    assert.deepEqual([after.counts.records, after.counts.demo, after.counts.sources, after.counts.actors], [1, 0, 0, 0]);
    assert.equal((await t.api.records.get({ id: own })).title, '我自己的会议记录');
    // Undoable from the trash.
    const trashed = await t.api.trash.list({});
    await t.api.trash.restore({ ids: trashed.map((x) => x.id) });
    assert.equal((await t.api.app.info({})).counts.demo, 20);
  });
});
