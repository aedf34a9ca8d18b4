import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { StatRow } from '../../api/contract/views';
import { memoryDb, type TestDb } from '../test-helpers';

let t: TestDb;
before(async () => {
  t = memoryDb();
  // Two chains of one cluster (电子信息): counts once for the cluster.
  await t.add({ kind: 'meeting', title: 'a', date: '2023-01-15', chains: ['光电', '集成电路'], regions: ['洛阳市', '郑州市'] });
  await t.add({ kind: 'meeting', title: 'b', date: '2023-02', chains: ['光电'], regions: ['洛阳市'] });
  await t.add({ kind: 'plan', title: 'c', dateStart: '2023-04', dateEnd: '2025', chains: ['动力电池'], regions: ['河南省'] });
  await t.add({ kind: 'measure', title: 'd', date: '2024', chains: ['光电产业链上游', '动力电池'], regions: ['北京市'] });
  await t.add({ kind: 'meeting', title: 'e', date: '2024-11-30', regions: ['全国'] });
  await t.add({ kind: 'meeting', title: 'undated', chains: ['光电'] });
  const gone = await t.add({ kind: 'meeting', title: 'trashed', date: '2023-01-01', chains: ['光电'] });
  await t.api.records.delete({ ids: [gone] });
});
after(() => t.close());

const rows = (xs: StatRow[]) => xs.map((r) => `${r.period} ${r.label} ${r.count}`).sort();

describe('views.stats', () => {
  it('counts by kind per month, quarter and year, by the start of each record at its precision', async () => {
    // d is dated 2024 only: it has no month or quarter, so it counts in 2024's "year only" bucket, never in January or Q1.
    assert.deepEqual(rows(await t.api.views.stats({ by: 'kind', period: 'month' })), [
      '2023-01 meeting 1', '2023-02 meeting 1', '2023-04 plan 1', '2024~ measure 1', '2024-11 meeting 1',
    ].sort());
    assert.deepEqual(rows(await t.api.views.stats({ by: 'kind', period: 'quarter' })), [
      '2023-Q1 meeting 2', '2023-Q2 plan 1', '2024~ measure 1', '2024-Q4 meeting 1',
    ].sort());
    assert.deepEqual(rows(await t.api.views.stats({ by: 'kind', period: 'year' })), ['2023 meeting 2', '2023 plan 1', '2024 measure 1', '2024 meeting 1'].sort());
  });

  it('counts by chain cluster (depth 1): a record with two chains of one cluster counts once', async () => {
    assert.deepEqual(rows(await t.api.views.stats({ by: 'chain', period: 'year', depth: 1 })), [
      '2023 河南·电子信息 2', '2023 河南·新能源汽车 1', '2024 河南·电子信息 1', '2024 河南·新能源汽车 1',
    ].sort());
  });

  it('counts by chain (depth 2): each chain once per record, segments rolled up', async () => {
    assert.deepEqual(rows(await t.api.views.stats({ by: 'chain', period: 'year', depth: 2 })), [
      '2023 光电 2', '2023 集成电路 1', '2023 动力电池 1', '2024 光电 1', '2024 动力电池 1',
    ].sort());
  });

  it('counts by region at depth 1 per province (the nation only for national records), depth 2 per city', async () => {
    assert.deepEqual(rows(await t.api.views.stats({ by: 'region', period: 'year', depth: 1 })), [
      '2023 河南省 3', '2024 北京市 1', '2024 全国 1',
    ].sort());
    assert.deepEqual(rows(await t.api.views.stats({ by: 'region', period: 'year', depth: 2 })), [
      '2023 洛阳市 2', '2023 郑州市 1', '2023 河南省 1', '2024 北京市 1', '2024 全国 1',
    ].sort());
  });

  it('applies the shared filter, and rows are ordered by period', async () => {
    const r = await t.api.views.stats({ by: 'kind', period: 'year', filter: { chains: ['光电'] } });
    assert.deepEqual(rows(r), ['2023 meeting 2', '2024 measure 1'].sort());
    const all = await t.api.views.stats({ by: 'chain', period: 'month', depth: 2 });
    assert.deepEqual(all.map((x) => x.period), [...all.map((x) => x.period)].sort());
    const keys = await t.api.views.stats({ by: 'kind', period: 'year', filter: { regions: ['河南'] } });
    assert.deepEqual(keys.map((x) => x.key).sort(), ['meeting', 'plan']);
  });
});
