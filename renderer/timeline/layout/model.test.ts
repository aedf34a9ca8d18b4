import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Precision } from '../../../api/contract/common';
import { buildModel, isFaded, itemIndex, lanesOfItem, sureSpan } from './model';
import { dayOf, isoOf } from './time';
import { timelineOf, type FixtureItem } from './fixture';

const item = (id: string, firstDay: string, lastDay: string, precision: Precision, endPrecision: Precision | null = null): FixtureItem => ({
  id, kind: 'plan', subkind: null, title: id, firstDay, lastDay, precision, endPrecision, status: null, planId: null, lanes: [],
});

const model = buildModel(
  timelineOf([], [
    item('exact', '2023-02-01', '2023-08-31', 'day', 'day'),
    item('months', '2023-10-01', '2023-11-30', 'month', 'month'),
    item('years', '2023-01-01', '2025-12-31', 'year', 'year'),
    item('day-to-year', '2023-03-15', '2024-12-31', 'day', 'year'),
    item('one-month', '2024-06-01', '2024-06-30', 'month'),
  ]),
);
const sure = (id: string) => {
  const i = itemIndex(model, id)!;
  return [isoOf(model.sure0[i]), isoOf(model.sure1[i] - 1), model.fuzzy[i], model.vague[i]];
};

test('a range with partial ends is sure only from the latest possible start to the earliest possible end', () => {
  assert.deepEqual(sure('exact'), ['2023-02-01', '2023-08-31', 0, 0]);
  assert.deepEqual(sure('months'), ['2023-10-31', '2023-11-01', 1, 0]);
  assert.deepEqual(sure('years'), ['2023-12-31', '2025-01-01', 1, 0]);
  assert.deepEqual(sure('day-to-year'), ['2023-03-15', '2024-01-01', 1, 0]);
  // One month, no range: drawn as vague already, not as a fuzzy bar.
  assert.equal(sure('one-month')[3], 1);
  assert.equal(sure('one-month')[2], 0);
});

test('the sure part maps onto the bar in pixels; a cluster mark has none', () => {
  const i = itemIndex(model, 'years')!;
  const span = model.end[i] - model.start[i];
  const [a, b] = sureSpan(model, i, { x0: 0, x1: span, count: 1 })!;
  assert.equal(a, dayOf('2023-12-31') - dayOf('2023-01-01'));
  assert.equal(b, dayOf('2025-01-02') - dayOf('2023-01-01'));
  assert.equal(sureSpan(model, i, { x0: 0, x1: span, count: 3 }), null);
  assert.equal(sureSpan(model, itemIndex(model, 'exact')!, { x0: 0, x1: 100, count: 1 }), null);
});

test('the columns become typed arrays: lanes from the compressed rows, plans as indexes, codes kept', () => {
  const lanes = ['x', 'y'].map((key) => ({ key, label: key, parentKey: null, depth: 1, count: 0 }));
  const m = buildModel(
    timelineOf(lanes, [
      { id: 'plan', kind: 'plan', firstDay: '2024-01-01', lastDay: '2024-12-31', precision: 'year', status: 'expired', lanes: ['x'] },
      { id: 'both', kind: 'measure', firstDay: '2024-03-01', lastDay: '2024-03-01', planId: 'plan', status: 'in-force', lanes: ['x', 'y'] },
      { id: 'meet', firstDay: '2023-05-01', lastDay: '2023-05-01', subkind: 'signing', lanes: ['y'] },
    ]),
  );
  const [plan, both, meet] = ['plan', 'both', 'meet'].map((id) => itemIndex(m, id)!);
  assert.equal(m.count, 3);
  assert.deepEqual([...lanesOfItem(m, both)], [0, 1], 'a record in two lanes');
  assert.deepEqual([...m.own[0]], [plan, both]);
  assert.deepEqual([...m.own[1]], [meet, both], 'each lane in start order');
  assert.equal(m.plan[both], plan);
  assert.equal(m.plan[plan], -1);
  assert.deepEqual([...m.kind], [1, 2, 0]);
  assert.deepEqual([isFaded(m, plan), isFaded(m, both), isFaded(m, meet)], [true, false, false]);
  assert.deepEqual([m.minDay, m.maxDay], [dayOf('2023-05-01'), dayOf('2025-01-01')]);
  assert.equal(itemIndex(m, 'nope'), undefined);
});
