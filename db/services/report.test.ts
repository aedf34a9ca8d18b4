import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoryDb } from '../test-helpers';

test('report: chronological rows with names, targets and cited sources, undated last; filter applies', async () => {
  const t = memoryDb();
  try {
    const src = t.source({ title: '洛阳市召开光电产业链专题会议', body: '会议指出……', outlet: '洛阳网', url: 'https://example.cn/a' });
    const plan = await t.add({
      kind: 'plan', title: '《洛阳市光电产业发展规划(2021—2023年)》', dateStart: '2021', dateEnd: '2023', chains: ['光电产业链'], regions: ['洛阳市'],
      targets: [{ metric: '产业规模', value: 900, unit: '亿元', deadline: '2023' }],
      citations: [{ sourceId: src, quote: '' }],
    });
    await t.add({ kind: 'meeting', title: '光电产业链专题会议', date: '2020-06-12', regions: ['洛阳市'], citations: [{ sourceId: src, quote: '' }] });
    await t.add({ kind: 'measure', title: '无日期的措施', regions: ['郑州市'] });

    const r = await t.api.export.report({});
    assert.equal(r.total, 3);
    assert.deepEqual(r.rows.map((x) => x.title), ['光电产业链专题会议', '《洛阳市光电产业发展规划(2021—2023年)》', '无日期的措施']);
    const p = r.rows[1];
    assert.equal(p.id, plan);
    assert.deepEqual(p.regions, ['洛阳市']);
    assert.ok(p.chains[0].includes('光电'));
    assert.deepEqual(p.targets, [{ metric: '产业规模', value: 900, unit: '亿元', deadline: '2023' }]);
    assert.deepEqual(p.sourceIds, [src]);
    assert.deepEqual(r.sources, [{ id: src, outlet: '洛阳网', title: '洛阳市召开光电产业链专题会议', publishedAt: null, url: 'https://example.cn/a' }]);

    const plans = await t.api.export.report({ filter: { kinds: ['plan'] } });
    assert.deepEqual(plans.rows.map((x) => x.id), [plan]);
    const first = await t.api.export.report({ limit: 1 });
    assert.equal(first.rows.length, 1);
    assert.equal(first.total, 3);
  } finally {
    t.close();
  }
});

test('saved views: put replaces by name, list, delete; the view is validated', async () => {
  const t = memoryDb();
  try {
    await t.api.savedViews.put({ name: '河南 2024', view: { laneBy: 'region', from: '2024-01-01', to: '2024-12-31', open: ['x'] } });
    await t.api.savedViews.put({ name: '河南 2024', view: { laneBy: 'kind' } });
    await t.api.savedViews.put({ name: '全部', view: {} });
    const views = await t.api.savedViews.list({});
    assert.deepEqual(views.map((v) => v.name), ['全部', '河南 2024']);
    assert.equal(views[1].view.laneBy, 'kind');
    assert.deepEqual(await t.api.savedViews.delete({ name: '全部' }), { deleted: true });
    assert.deepEqual(await t.api.savedViews.delete({ name: '全部' }), { deleted: false });
    const bad = await t.call('savedViews.put', { name: 'x', view: { laneBy: 'colour' } });
    assert.equal(bad.ok, false);
  } finally {
    t.close();
  }
});
