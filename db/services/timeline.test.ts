import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MEETING_KINDS, RECORD_KINDS, STATUSES } from '../../api/contract/common';
import { PRECISIONS, type Lane, type TimelineResult } from '../../api/contract/views';
import { fixedT } from '../../i18n';
import { memoryDb, nodeId, type TestDb } from '../test-helpers';

let t: TestDb;
const id: Record<string, string> = {};
let chief: string;
before(async () => {
  t = memoryDb();
  chief = (await t.api.actors.save({ kind: 'person', name: '王某某' })).id;
  id.plan = await t.add({ kind: 'plan', title: '光电计划', dateStart: '2024', dateEnd: '2026', chains: ['光电'], regions: ['洛阳市'], actors: [{ actorId: chief, role: 'issuer' }] });
  id.measure = await t.add({
    kind: 'measure', title: '光电基金', date: '2024-05', chains: ['光电产业链上游'], regions: ['洛阳市'], links: [{ toId: id.plan, relation: 'part-of' }],
  });
  id.meeting = await t.add({ kind: 'meeting', title: '芯片会议', date: '2023-06-12', chains: ['集成电路', '动力电池'], regions: ['郑州市', '河南省'], actors: [{ actorId: chief, role: 'chair' }] });
  id.bare = await t.add({ kind: 'meeting', title: '无标签会议', date: '2023-01' });
  id.undated = await t.add({ kind: 'meeting', title: '无日期', chains: ['光电'] });
});
after(() => t.close());

/** The columns with their labels, which come unless the caller declines them. */
function columns(r: TimelineResult) {
  const { id, title } = r.items;
  assert.ok(id && title, 'ids and titles by default');
  return { ...r.items, id, title };
}
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
/** Record `recordId` read back out of the columns, with codes and indexes as the names and ids they stand for. */
function itemOf(r: TimelineResult, recordId: string) {
  const c = columns(r);
  const i = c.id.indexOf(recordId);
  assert.ok(i >= 0, `${recordId} is in the answer`);
  return {
    title: c.title[i],
    firstDay: isoOf(c.firstDay[i]),
    lastDay: isoOf(c.lastDay[i]),
    kind: RECORD_KINDS[c.kind[i]],
    subkind: c.subkind[i] < 0 ? null : MEETING_KINDS[c.subkind[i]],
    precision: PRECISIONS[c.precision[i]],
    endPrecision: c.endPrecision[i] < 0 ? null : PRECISIONS[c.endPrecision[i]],
    status: c.status[i] < 0 ? null : STATUSES[c.status[i]],
    planId: c.plan[i] < 0 ? null : c.id[c.plan[i]],
    lanes: c.laneIndex.slice(c.laneStart[i], c.laneStart[i + 1]).map((l) => r.lanes[l].key),
  };
}
const lanesOf = (r: TimelineResult, recordId: string) => itemOf(r, recordId).lanes;
// Lanes that are not data come as catalogue keys; the tests read them as the Chinese UI shows them.
const zh = fixedT('zh', 'common');
const nameOf = (l: Lane) => l.label ?? zh(l.labelKey!);
const laneNames = (r: TimelineResult) => r.lanes.map((l) => `${'  '.repeat(l.depth - 1)}${nameOf(l)}:${l.count}`);

describe('views.timeline', () => {
  it('lanes by chain at depth 1 are clusters; a record is in each of its clusters once', async () => {
    const r = await t.api.views.timeline({ laneBy: 'chain', depth: 1 });
    const electronic = nodeId(t.db, 'chains', '河南·电子信息');
    const nev = nodeId(t.db, 'chains', '河南·新能源汽车');
    assert.deepEqual(lanesOf(r, id.plan), [electronic]);
    assert.deepEqual(lanesOf(r, id.measure), [electronic], 'a segment rolls up to its cluster');
    assert.deepEqual(lanesOf(r, id.meeting).sort(), [electronic, nev].sort());
    assert.deepEqual(lanesOf(r, id.bare), ['none']);
    assert.deepEqual(laneNames(r).sort(), ['河南·新能源汽车:1', '河南·电子信息:3', '未标注:1'].sort());
    assert.ok(r.lanes.every((l) => l.depth === 1 && (l.parentKey === null)));
  });

  it('lanes by chain at depth 2 are chains nested under their clusters, parents first', async () => {
    const r = await t.api.views.timeline({ laneBy: 'chain', depth: 2 });
    const guangdian = nodeId(t.db, 'chains', '光电');
    assert.deepEqual(lanesOf(r, id.plan), [guangdian]);
    assert.deepEqual(lanesOf(r, id.measure), [guangdian], 'a segment rolls up to its chain at depth 2');
    const lanes = new Map(r.lanes.map((l) => [l.key, l]));
    assert.equal(lanes.get(guangdian)!.parentKey, nodeId(t.db, 'chains', '河南·电子信息'));
    assert.equal(lanes.get(guangdian)!.depth, 2);
    assert.equal(lanes.get(guangdian)!.count, 2);
    // Every lane comes after its parent.
    r.lanes.forEach((l, i) => {
      if (l.parentKey) assert.ok(r.lanes.findIndex((p) => p.key === l.parentKey) < i, `${l.label} after its parent`);
    });
    assert.deepEqual(laneNames(r).filter((n) => n.startsWith('  ')).sort(), ['  光电:2', '  动力电池:1', '  集成电路:1'].sort());
  });

  it('lanes by chain at depth 3 reach segments', async () => {
    const r = await t.api.views.timeline({ laneBy: 'chain', depth: 3 });
    assert.deepEqual(lanesOf(r, id.measure), [nodeId(t.db, 'chains', '光学材料与元器件')]);
    assert.deepEqual(lanesOf(r, id.plan), [nodeId(t.db, 'chains', '光电')], 'a record tagged with a chain stays in the chain lane');
  });

  it('lanes by region nest province > city', async () => {
    const r = await t.api.views.timeline({ laneBy: 'region', depth: 3 });
    const henan = nodeId(t.db, 'regions', '河南省');
    const luoyang = nodeId(t.db, 'regions', '洛阳市');
    const zhengzhou = nodeId(t.db, 'regions', '郑州市');
    assert.deepEqual(lanesOf(r, id.plan), [luoyang]);
    assert.deepEqual(lanesOf(r, id.meeting).sort(), [henan, zhengzhou].sort());
    const lanes = new Map(r.lanes.map((l) => [l.key, l]));
    assert.equal(lanes.get(luoyang)!.parentKey, henan);
    assert.equal(lanes.get(zhengzhou)!.parentKey, henan);
    assert.equal(lanes.get(henan)!.parentKey, nodeId(t.db, 'regions', '全国'));
    assert.equal(lanes.get(henan)!.count, 1, 'the meeting tagged with the province itself');
    assert.equal(lanes.get(luoyang)!.count, 2);
    // At depth 2 cities roll up to their province.
    const r2 = await t.api.views.timeline({ laneBy: 'region', depth: 2 });
    assert.deepEqual(lanesOf(r2, id.plan), [henan]);
    assert.deepEqual(lanesOf(r2, id.meeting), [henan], 'a province and its city put a record in the province lane once');
  });

  it('lanes by kind and by actor', async () => {
    const k = await t.api.views.timeline({ laneBy: 'kind' });
    assert.deepEqual(k.lanes.map((l) => [l.key, l.count]), [['meeting', 2], ['plan', 1], ['measure', 1]]);
    assert.deepEqual(lanesOf(k, id.measure), ['measure']);
    const a = await t.api.views.timeline({ laneBy: 'actor' });
    assert.deepEqual(lanesOf(a, id.plan), [chief]);
    assert.deepEqual(lanesOf(a, id.meeting), [chief]);
    assert.deepEqual(lanesOf(a, id.measure), ['none']);
    assert.deepEqual(a.lanes.map((l) => [nameOf(l), l.count]).sort(), [['王某某', 2], ['未标注', 2]].sort());
  });

  it('names kind lanes and the untagged lane by catalogue keys, never by display text', async () => {
    const k = await t.api.views.timeline({ laneBy: 'kind', filter: { text: '无标签会议' } });
    assert.deepEqual(k.lanes.map((l) => [l.key, l.label, l.labelKey]), [['meeting', null, 'kinds.meeting'], ['plan', null, 'kinds.plan'], ['measure', null, 'kinds.measure']]);
    const a = await t.api.views.timeline({ laneBy: 'actor', filter: { text: '无标签会议' } });
    assert.deepEqual(a.lanes.map((l) => [l.key, l.label, l.labelKey]), [['none', null, 'lanes.untagged']]);
  });

  it('items carry their span, precision and plan; undated records are counted, not drawn', async () => {
    const r = await t.api.views.timeline({});
    const plan = itemOf(r, id.plan);
    assert.deepEqual([plan.firstDay, plan.lastDay, plan.precision, plan.planId], ['2024-01-01', '2026-12-31', 'year', null]);
    const measure = itemOf(r, id.measure);
    assert.deepEqual([measure.firstDay, measure.lastDay, measure.precision, measure.planId], ['2024-05-01', '2024-05-31', 'month', id.plan]);
    assert.equal(r.undated, 1);
    assert.ok(!columns(r).id.includes(id.undated));
    assert.deepEqual(r.items.firstDay, [...r.items.firstDay].sort((a, b) => a - b), 'in date order');
    assert.equal(r.truncated, false);
  });

  it('applies the shared filter and the limit', async () => {
    const r = await t.api.views.timeline({ filter: { from: '2024-06', to: '2024-12' } });
    assert.deepEqual(columns(r).id, [id.plan]);
    const limited = await t.api.views.timeline({ limit: 2 });
    assert.equal(limited.items.key.length, 2);
    assert.equal(limited.items.laneStart.length, 3, 'every column holds the limit, lane offsets one more');
    assert.equal(limited.truncated, true);
    const kinds = await t.api.views.timeline({ filter: { kinds: ['meeting'], regions: ['河南'] }, laneBy: 'kind' });
    assert.deepEqual(columns(kinds).id, [id.meeting]);
  });
});

describe('timeline: precision of each end', () => {
  it('carries the end date precision apart from the start, so partial ends can be drawn as such', async () => {
    const r = await t.api.views.timeline({ laneBy: 'kind' });
    const of = (recordId: string) => {
      const i = itemOf(r, recordId);
      return [i.precision, i.endPrecision];
    };
    assert.deepEqual(of(id.plan), ['year', 'year']);
    assert.deepEqual(of(id.measure), ['month', null]);
    assert.deepEqual(of(id.meeting), ['day', null]);
  });
});

describe('timeline: the columnar answer', () => {
  it('holds one entry per record in every column, with lanes as offsets into one flat array', async () => {
    const r = await t.api.views.timeline({ laneBy: 'chain', depth: 2 });
    const c = columns(r);
    const n = c.id.length;
    assert.equal(n, 4);
    for (const col of [c.title, c.firstDay, c.lastDay, c.kind, c.subkind, c.precision, c.endPrecision, c.status, c.plan]) assert.equal(col.length, n);
    assert.equal(c.laneStart.length, n + 1);
    assert.equal(c.laneStart[0], 0);
    assert.equal(c.laneStart[n], c.laneIndex.length);
    for (let i = 0; i < n; i++) assert.ok(c.laneStart[i + 1] > c.laneStart[i], 'every record has a lane, the untagged one at least');
    assert.ok(c.laneIndex.every((l) => Number.isInteger(l) && l >= 0 && l < r.lanes.length));
    // Lane counts are what the offsets say.
    const counted = r.lanes.map((_, l) => c.laneIndex.filter((x) => x === l).length);
    assert.deepEqual(counted, r.lanes.map((l) => l.count));
  });

  it('puts a record in two lanes as two entries of its row, and a plan as its index', async () => {
    const r = await t.api.views.timeline({ laneBy: 'chain', depth: 1 });
    const c = columns(r);
    const m = c.id.indexOf(id.meeting);
    const keys = c.laneIndex.slice(c.laneStart[m], c.laneStart[m + 1]).map((l) => r.lanes[l].key);
    assert.deepEqual(keys.sort(), [nodeId(t.db, 'chains', '河南·电子信息'), nodeId(t.db, 'chains', '河南·新能源汽车')].sort());
    const measure = c.id.indexOf(id.measure);
    assert.equal(c.plan[measure], c.id.indexOf(id.plan));
    assert.equal(c.plan[c.id.indexOf(id.plan)], -1);
    // The plan left out by the filter: the measure keeps no dangling index.
    const alone = await t.api.views.timeline({ filter: { kinds: ['measure'] } });
    assert.deepEqual(alone.items.plan, [-1]);
  });

  it('writes days as integers since 1970 and kinds, precisions and statuses as codes of the contract lists', async () => {
    const r = await t.api.views.timeline({});
    const c = columns(r);
    const m = c.id.indexOf(id.meeting);
    assert.equal(c.firstDay[m], Date.UTC(2023, 5, 12) / 86_400_000);
    assert.equal(c.lastDay[m], c.firstDay[m]);
    assert.deepEqual([RECORD_KINDS[c.kind[m]], MEETING_KINDS[c.subkind[m]], PRECISIONS[c.precision[m]], c.endPrecision[m], c.status[m]], ['meeting', 'other', 'day', -1, -1]);
    assert.equal(c.subkind[c.id.indexOf(id.plan)], -1, 'only meetings have a subkind');
    const p = c.id.indexOf(id.plan);
    assert.deepEqual([c.precision[p], c.endPrecision[p]], [PRECISIONS.indexOf('year'), PRECISIONS.indexOf('year')]);
    assert.equal(c.title[p], '光电计划');
    assert.ok([...c.firstDay, ...c.lastDay, ...c.kind, ...c.precision].every(Number.isInteger));
  });
});

describe('timeline: labels on demand', () => {
  it('leaves ids and titles out when declined, and gives them by key, in the order asked', async () => {
    const full = columns(await t.api.views.timeline({}));
    const bare = await t.api.views.timeline({ labels: false });
    assert.equal(bare.items.id, undefined);
    assert.equal(bare.items.title, undefined);
    assert.deepEqual(bare.items.key, full.key, 'the same records, in the same order');
    assert.deepEqual(bare.items.laneIndex, full.laneIndex);
    const keys = [...bare.items.key].reverse();
    const got = await t.api.views.timelineLabels({ keys });
    assert.deepEqual(got.id, [...full.id].reverse());
    assert.deepEqual(got.title, [...full.title].reverse());
  });

  it('gives them anyway when declined but no more records are shown than labelsUpTo', async () => {
    const full = columns(await t.api.views.timeline({}));
    const n = full.key.length;
    const few = await t.api.views.timeline({ labels: false, labelsUpTo: n });
    assert.deepEqual([few.items.id, few.items.title], [full.id, full.title]);
    const many = await t.api.views.timeline({ labels: false, labelsUpTo: n - 1 });
    assert.deepEqual([many.items.id, many.items.title], [undefined, undefined], 'one record over the bound: numbers only');
  });

  it('answers null for a key no live record has', async () => {
    const gone = await t.add({ kind: 'meeting', title: '将删除', date: '2022-02-02' });
    const r = columns(await t.api.views.timeline({}));
    const key = r.key[r.id.indexOf(gone)];
    await t.api.records.delete({ ids: [gone] });
    assert.deepEqual(await t.api.views.timelineLabels({ keys: [key, 999_999] }), { id: [null, null], title: [null, null] });
  });
});
