import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { memoryDb, rejectsWith, snapshot, type TestDb } from '../test-helpers';

let t: TestDb;
beforeEach(() => (t = memoryDb()));
afterEach(() => t.close());

async function plan() {
  const meeting = await t.add({ kind: 'meeting', title: '全省光电产业链专题会议', date: '2024-03-01', regions: ['河南省'] });
  const source = t.source({ title: '河南日报报道', body: '会议审议通过了光电产业链三年行动计划。到2026年，产业规模达到900亿元。' });
  const saved = await t.api.records.save({
    record: {
      kind: 'plan', title: '《洛阳市光电产业链三年行动计划》', dateStart: '2024', dateEnd: '2026', chains: ['光电'], regions: ['洛阳市'], tags: ['专精特新'],
      targets: [{ metric: '产业规模', value: 900, unit: '亿元', deadline: '2026', progress: [{ observedOn: '2024', value: 610 }] }],
      links: [{ relation: 'announced-at', toId: meeting }],
      citations: [{ sourceId: source, quote: '到2026年，产业规模达到900亿元。' }],
    },
  });
  return saved;
}

describe('record history', () => {
  it('an edit keeps the version it replaces, whole, and names the fields it changed', async () => {
    const first = await plan();
    const edited = await t.api.records.save({
      record: { id: first.id, kind: 'plan', title: '《洛阳市光电产业链三年行动计划（2024—2026年）》', dateStart: '2024', dateEnd: '2026', chains: ['光电'], regions: ['洛阳市'] },
    });
    assert.equal(edited.targets.length, 0, 'the edit dropped the targets');
    const versions = await t.api.records.history({ id: first.id });
    assert.equal(versions.length, 1);
    const [v] = versions;
    assert.equal(v.reason, 'edit');
    assert.equal(v.title, '《洛阳市光电产业链三年行动计划》');
    assert.deepEqual(v.changed.sort(), ['citations', 'links', 'tags', 'targets', 'title']);
    assert.equal(v.record.targets![0].metric, '产业规模');
    assert.equal(v.record.targets![0].progress![0].value, 610);
    assert.equal(v.record.citations![0].quote, '到2026年，产业规模达到900亿元。');
    assert.equal(v.record.links![0].relation, 'announced-at');
  });

  it('saving a record unchanged adds no version', async () => {
    const first = await plan();
    const again = await t.api.records.get({ id: first.id });
    await t.api.records.save({
      record: {
        id: again.id, kind: again.kind, title: again.title, dateStart: again.dateStart, dateEnd: again.dateEnd, chains: again.chains.map((c) => c.id), regions: again.regions.map((r) => r.id),
        tags: again.tags, targets: again.targets, links: again.links.filter((l) => l.direction === 'out').map((l) => ({ id: l.id, relation: l.relation, toId: l.otherId })),
        citations: again.citations.map((c) => ({ id: c.id, sourceId: c.sourceId, quote: c.quote, start: c.start, end: c.end, note: c.note })),
      },
    });
    assert.deepEqual(await t.api.records.history({ id: first.id }), []);
  });

  it('restoring a version brings it back with the same target, link and citation ids, and keeps the replaced one', async () => {
    const first = await plan();
    await t.api.records.save({ record: { id: first.id, kind: 'plan', title: '改过的标题', chains: ['光电'] } });
    const [v] = await t.api.records.history({ id: first.id });
    const restored = await t.api.records.restoreVersion({ id: first.id, seq: v.seq });
    assert.equal(restored.title, first.title);
    assert.deepEqual(restored.targets.map((x) => x.id), first.targets.map((x) => x.id));
    assert.deepEqual(restored.targets[0].progress, first.targets[0].progress);
    assert.deepEqual(restored.citations.map((c) => [c.id, c.quote, c.start, c.end]), first.citations.map((c) => [c.id, c.quote, c.start, c.end]));
    assert.deepEqual(restored.links, first.links);
    assert.deepEqual(restored.tags, first.tags);
    const after = await t.api.records.history({ id: first.id });
    assert.deepEqual(after.map((x) => [x.reason, x.title]), [['restore', '改过的标题'], ['edit', first.title]]);
  });

  it('a replace from a file is marked as such', async () => {
    const first = await plan();
    await t.api.records.save({ record: { id: first.id, kind: 'plan', title: '替换' }, reason: 'replace' });
    assert.equal((await t.api.records.history({ id: first.id }))[0].reason, 'replace');
  });

  it('unknown records and versions are not-found errors that change nothing', async () => {
    const first = await plan();
    const before = snapshot(t.db);
    await rejectsWith(t.api.records.history({ id: '00000000-0000-4000-8000-000000000000' }), 'not-found', 'id');
    await rejectsWith(t.api.records.restoreVersion({ id: first.id, seq: 999 }), 'not-found', 'seq');
    await rejectsWith(t.api.records.restoreVersion({ id: first.id, seq: 0 }), 'invalid-argument', 'seq');
    assert.equal(snapshot(t.db), before);
  });
});
