import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byStart, firstEndingAfter, packRows } from './pack';

function pack(spans: [number, number][]) {
  const start = Float64Array.from(spans.map((s) => s[0]));
  const end = Float64Array.from(spans.map((s) => s[1]));
  const order = byStart(spans.map((_, i) => i), start, end);
  return { p: packRows(order, start, end), start, end };
}

test('non-overlapping items share one row', () => {
  const { p } = pack([[0, 5], [5, 10], [20, 30]]);
  assert.equal(p.rows.length, 1);
  assert.deepEqual([...p.rows[0]], [0, 1, 2]);
});

test('overlaps take as many rows as the busiest moment, lowest row first', () => {
  const { p, start, end } = pack([[0, 10], [2, 4], [3, 8], [5, 6], [9, 12], [11, 13]]);
  assert.equal(p.rows.length, 3);
  for (const row of p.rows) for (let k = 1; k < row.length; k++) assert.ok(start[row[k]] >= end[row[k - 1]], 'no overlap in a row');
  // [5,6] starts when row 1 ([2,4]) is free again: it reuses row 1, not row 3.
  assert.ok([...p.rows[1]].includes(3));
});

test('packing keeps every item exactly once and order is chronological', () => {
  const spans: [number, number][] = Array.from({ length: 500 }, (_, i) => {
    const s = (i * 7919) % 1000;
    return [s, s + 1 + ((i * 31) % 40)];
  });
  const { p, start } = pack(spans);
  const all = p.rows.flatMap((r) => [...r]).sort((a, b) => a - b);
  assert.deepEqual(all, spans.map((_, i) => i));
  for (let k = 1; k < p.order.length; k++) assert.ok(start[p.order[k]] >= start[p.order[k - 1]]);
});

test('firstEndingAfter finds the first visible item of a row', () => {
  const { p, end } = pack([[0, 5], [5, 10], [20, 30]]);
  assert.equal(firstEndingAfter(p.rows[0], end, 4), 0);
  assert.equal(firstEndingAfter(p.rows[0], end, 5), 1);
  assert.equal(firstEndingAfter(p.rows[0], end, 12), 2);
  assert.equal(firstEndingAfter(p.rows[0], end, 40), 3);
});
