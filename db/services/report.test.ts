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
    assert.deepEqual(r.sources, [{ id: src, outlet: '洛阳网', title: '洛阳市召开光电产业链专题会议', publishedAt: null, url: 'https://example.cn/a', reporter: '', script: 'none' }]);

    const plans = await t.api.export.report({ filter: { kinds: ['plan'] } });
    assert.deepEqual(plans.rows.map((x) => x.id), [plan]);
    const first = await t.api.export.report({ limit: 1 });
    assert.equal(first.rows.length, 1);
    assert.equal(first.total, 3);
  } finally {
    t.close();
  }
});

test('report: quotes and notes per record; undated records that match the rest of the filter come apart when asked', async () => {
  const t = memoryDb();
  try {
    const src = t.source({ title: '郑州市新材料产业链推进会召开', body: '会议提出，到2025年新材料产业规模突破2000亿元。会议要求加快项目建设。', outlet: '郑州日报' });
    const gone = t.source({ title: '已删除的来源', body: '删掉的句子。' });
    const dated = await t.add({
      kind: 'meeting', title: '新材料产业链推进会', date: '2024-06-12', notes: '与 2023 年会议相比目标上调',
      citations: [
        { sourceId: src, quote: '会议提出，到2025年新材料产业规模突破2000亿元。', note: '目标数字' },
        { sourceId: src, quote: '会议要求加快项目建设。' },
        { sourceId: gone, quote: '删掉的句子。' },
      ],
    });
    await t.api.sources.delete({ ids: [gone] });
    const undated = await t.add({ kind: 'measure', title: '日期不详的措施', chains: ['新材料'] });
    await t.add({ kind: 'plan', title: '2019 年的规划', date: '2019' });

    const inWindow = await t.api.export.report({ filter: { from: '2024', to: '2024' } });
    assert.deepEqual(inWindow.rows.map((r) => r.id), [dated], 'without the option a date range keeps undated records out, as before');
    assert.equal(inWindow.undated, 0);
    const row = inWindow.rows[0];
    assert.equal(row.notes, '与 2023 年会议相比目标上调');
    assert.deepEqual(row.quotes, [
      { sourceId: src, quote: '会议提出，到2025年新材料产业规模突破2000亿元。', note: '目标数字' },
      { sourceId: src, quote: '会议要求加快项目建设。', note: '' },
    ], 'quotes in citation order; a deleted source\'s quote is not evidence any more');

    const withUndated = await t.api.export.report({ filter: { from: '2024', to: '2024' }, withUndated: true });
    assert.deepEqual(withUndated.rows.map((r) => r.id), [dated, undated]);
    assert.equal(withUndated.total, 2);
    assert.equal(withUndated.undated, 1);
    const chains = await t.api.export.report({ filter: { from: '2024', to: '2024', chains: ['光电'] }, withUndated: true });
    assert.equal(chains.total, 0, 'the rest of the filter still applies to undated records');
    const all = await t.api.export.report({});
    assert.equal(all.total, 3);
    assert.equal(all.undated, 1);
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
