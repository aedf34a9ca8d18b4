import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { memoryDb, rejectsWith, type TestDb } from '../test-helpers';

let t: TestDb;
beforeEach(() => (t = memoryDb()));
afterEach(() => t.close());

const links = (t: TestDb, actorId: string) =>
  (t.db.prepare('SELECT record_id AS r, role, post FROM record_actors WHERE actor_id = ? ORDER BY record_id, role').all(actorId) as { r: string; role: string; post: string }[]).map(
    (x) => `${x.r}:${x.role}:${x.post}`,
  );

describe('actor merge', () => {
  it('moves links, roles, posts and names to the kept actor; restoring the merged one from the trash undoes it', async () => {
    const org = await t.api.actors.save({ kind: 'body', name: '河南省人民政府' });
    const dup = await t.api.actors.save({ kind: 'body', name: '河南省政府' });
    const keep = await t.api.actors.save({ kind: 'person', name: '楼阳生', aliases: ['楼书记'] });
    const gone = await t.api.actors.save({
      kind: 'person', name: '樓陽生', aliases: ['楼某'],
      posts: [{ post: '省长', orgId: dup.id, startOn: '2021-06' }],
    });
    const r1 = await t.add({ kind: 'meeting', title: '链长会议', actors: [{ actorId: gone.id, role: 'chair', post: '省委书记' }] });
    // The kept actor already chairs r2: the merged actor's same link there is a duplicate, and its speaker role is not.
    const r2 = await t.add({ kind: 'meeting', title: '推进会', actors: [{ actorId: keep.id, role: 'chair' }, { actorId: gone.id, role: 'chair' }, { actorId: gone.id, role: 'speaker' }] });
    const beforeKeep = links(t, keep.id);
    const beforeGone = links(t, gone.id);

    const merged = await t.api.actors.merge({ from: gone.id, into: keep.id });
    assert.deepEqual(merged.aliases, ['楼书记', '楼某'], 'the traditional spelling folds to the kept name; the other alias is added');
    assert.deepEqual(links(t, gone.id), []);
    assert.deepEqual(links(t, keep.id).sort(), [`${r1}:chair:省委书记`, `${r2}:chair:`, `${r2}:speaker:`].sort());
    assert.deepEqual(merged.posts.map((p) => p.post), ['省长']);
    assert.deepEqual(merged.mergedFrom.map((m) => m.id), [gone.id]);
    assert.deepEqual((await t.api.actors.records({ id: keep.id })).map((r) => r.id).sort(), [r1, r2].sort());
    assert.ok(!(await t.api.actors.list({})).some((a) => a.id === gone.id), 'the merged actor is in the trash');
    assert.ok((await t.api.trash.list({})).some((x) => x.id === gone.id));
    // Search finds r1 by the kept actor's alias brought by the merge.
    assert.ok((await t.api.search.query({ query: '楼某' })).records.hits.some((r) => r.id === r1));

    // A later merge of an organisation the moved post names: undo must still find what it moved.
    await t.api.actors.merge({ from: dup.id, into: org.id });
    await t.api.trash.restore({ ids: [gone.id] });
    assert.deepEqual(links(t, keep.id), beforeKeep);
    assert.deepEqual(links(t, gone.id), beforeGone);
    const back = await t.api.actors.get({ id: gone.id });
    assert.deepEqual(back.posts.map((p) => [p.post, p.orgId]), [['省长', org.id]], 'the post comes back; its organisation follows its own merge');
    assert.deepEqual((await t.api.actors.get({ id: keep.id })).aliases, ['楼书记']);
    assert.deepEqual((await t.api.actors.get({ id: keep.id })).mergedFrom, []);
    await t.api.trash.restore({ ids: [dup.id] });
    assert.equal((await t.api.actors.get({ id: gone.id })).posts[0]!.orgId, dup.id, 'undoing the organisation merge repoints the post');
  });

  it('refuses merging an actor into itself or into a missing one, changing nothing', async () => {
    const a = await t.api.actors.save({ kind: 'firm', name: '某企业' });
    await rejectsWith(t.api.actors.merge({ from: a.id, into: a.id }), 'invalid-argument', 'into');
    await rejectsWith(t.api.actors.merge({ from: a.id, into: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f' }), 'not-found', 'into');
    assert.equal((await t.api.actors.list({})).length, 1);
  });

  it('renaming re-indexes linked records; records of an actor open by id', async () => {
    const a = await t.api.actors.save({ kind: 'firm', name: '中航光电' });
    const r = await t.add({ kind: 'meeting', title: '签约', date: '2024-06', actors: [{ actorId: a.id, role: 'attendee', post: '' }] });
    await t.api.actors.save({ id: a.id, kind: 'firm', name: '中航光电科技股份有限公司' });
    assert.ok((await t.api.search.query({ query: '股份有限' })).records.hits.some((x) => x.id === r));
    assert.deepEqual((await t.api.actors.records({ id: a.id })).map((x) => [x.id, x.dateStart, x.roles]), [[r, '2024-06', [{ role: 'attendee', post: '' }]]]);
  });
});
