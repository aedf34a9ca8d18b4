import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimelineItem } from '../../../api/contract/views';
import { buildModel, sureSpan } from './model';
import { dayOf, isoOf } from './time';

const item = (id: string, firstDay: string, lastDay: string, precision: TimelineItem['precision'], endPrecision: TimelineItem['endPrecision'] = null): TimelineItem => ({
  id, kind: 'plan', subkind: null, title: id, firstDay, lastDay, precision, endPrecision, status: null, planId: null, lanes: [],
});

const model = buildModel({
  lanes: [],
  items: [
    item('exact', '2023-02-01', '2023-08-31', 'day', 'day'),
    item('months', '2023-10-01', '2023-11-30', 'month', 'month'),
    item('years', '2023-01-01', '2025-12-31', 'year', 'year'),
    item('day-to-year', '2023-03-15', '2024-12-31', 'day', 'year'),
    item('one-month', '2024-06-01', '2024-06-30', 'month'),
  ],
});
const sure = (id: string) => {
  const i = model.byId.get(id)!;
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
  const i = model.byId.get('years')!;
  const span = model.end[i] - model.start[i];
  const [a, b] = sureSpan(model, i, { x0: 0, x1: span, count: 1 })!;
  assert.equal(a, dayOf('2023-12-31') - dayOf('2023-01-01'));
  assert.equal(b, dayOf('2025-01-02') - dayOf('2023-01-01'));
  assert.equal(sureSpan(model, i, { x0: 0, x1: span, count: 3 }), null);
  assert.equal(sureSpan(model, model.byId.get('exact')!, { x0: 0, x1: 100, count: 1 }), null);
});
