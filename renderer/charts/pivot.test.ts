import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fillPeriods, periodWindow, pivot, totals } from './pivot';

const rows = [
  { period: '2024-Q1', key: 'a', label: 'A', count: 5 },
  { period: '2024-Q1', key: 'b', label: 'B', count: 1 },
  { period: '2024-Q2', key: 'c', label: 'C', count: 2 },
  { period: '2024-Q2', key: 'a', label: 'A', count: 1 },
];

test('pivot keeps the largest series and folds the rest into _other', () => {
  const { data, series } = pivot(rows, 2);
  assert.deepEqual(series.map((s) => s.key), ['a', 'c', '_other']);
  assert.deepEqual(data, [{ period: '2024-Q1', a: 5, _other: 1 }, { period: '2024-Q2', c: 2, a: 1 }]);
});

test('totals sum across periods, largest first', () => {
  assert.deepEqual(totals(rows).map((t) => [t.key, t.count]), [['a', 6], ['c', 2], ['b', 1]]);
});

test('a bar period becomes the date window of the filter', () => {
  assert.deepEqual(periodWindow('2024-Q2'), { from: '2024-04', to: '2024-06' });
  assert.deepEqual(periodWindow('2024-Q4'), { from: '2024-10', to: '2024-12' });
  assert.deepEqual(periodWindow('2024-06'), { from: '2024-06', to: '2024-06' });
  assert.deepEqual(periodWindow('2024'), { from: '2024', to: '2024' });
});

test('empty periods stay on the axis, and a year-only bucket follows its year', () => {
  const data = [{ period: '2023-Q4', a: 1 }, { period: '2023~', a: 2 }, { period: '2024-Q3', a: 1 }, { period: '2025~', a: 4 }];
  assert.deepEqual(fillPeriods(data, 'quarter').map((r) => r.period), [
    '2023-Q4', '2023~', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025~',
  ]);
  assert.deepEqual(fillPeriods([{ period: '2024-11', a: 1 }, { period: '2025-02', a: 1 }], 'month').map((r) => r.period), ['2024-11', '2024-12', '2025-01', '2025-02']);
  assert.deepEqual(fillPeriods([{ period: '2022', a: 1 }, { period: '2024', a: 1 }], 'year').map((r) => r.period), ['2022', '2023', '2024']);
  assert.deepEqual(fillPeriods([], 'year'), []);
  assert.deepEqual(periodWindow('2023~'), { from: '2023', to: '2023' });
});
