import assert from 'node:assert/strict';
import { test } from 'node:test';
import { badgeWidth, overflowMarks, rowMarks, type ItemGeometry } from './cluster';
import { byStart, packRows } from './pack';

/** Meetings (one-day points) on the given days. */
function points(days: number[]): ItemGeometry & { row: Int32Array } {
  const start = Float64Array.from(days);
  const end = Float64Array.from(days.map((d) => d + 1));
  return { start, end, point: new Uint8Array(days.length).fill(1), row: byStart(days.map((_, i) => i), start, end) };
}

test('points far apart stay single; touching ones cluster with a count', () => {
  const g = points([0, 1, 2, 100, 200]);
  const s = { start: -10, pxPerDay: 2, width: 1000 };
  const marks = rowMarks(g.row, g, s);
  assert.deepEqual(marks.map((m) => m.count), [3, 1, 1]);
  assert.equal(marks[0].first, 0);
  assert.equal(marks[0].last, 2);
});

test('zooming in dissolves a cluster', () => {
  const g = points([0, 1, 2]);
  assert.equal(rowMarks(g.row, g, { start: -5, pxPerDay: 2, width: 500 }).length, 1);
  assert.equal(rowMarks(g.row, g, { start: -5, pxPerDay: 20, width: 500 }).length, 3);
});

test('marks never overlap, even when a badge outgrows its items', () => {
  const days = Array.from({ length: 300 }, (_, i) => i * 3);
  const g = points(days);
  for (const k of [0.05, 0.5, 1, 3, 10]) {
    const marks = rowMarks(g.row, g, { start: 0, pxPerDay: k, width: 1200 });
    for (let i = 1; i < marks.length; i++) assert.ok(marks[i].x0 >= marks[i - 1].x1, `overlap at zoom ${k}`);
    for (const m of marks) if (m.count > 1) assert.ok(m.x1 - m.x0 >= badgeWidth(m.count));
    assert.equal(marks.reduce((n, m) => n + m.count, 0), marks.reduce((n, m) => n + m.last - m.first + 1, 0));
  }
});

test('touching long bars stay bars, trimmed apart, and a point at a bar\'s end trims the bar', () => {
  const start = Float64Array.from([0, 100, 200, 300]);
  const end = Float64Array.from([100, 200, 300, 301]);
  const g: ItemGeometry = { start, end, point: Uint8Array.from([0, 0, 0, 1]) };
  const row = byStart([0, 1, 2, 3], start, end);
  const marks = rowMarks(row, g, { start: -10, pxPerDay: 0.5, width: 400 });
  assert.deepEqual(marks.map((m) => m.count), [1, 1, 1, 1]);
  for (let i = 1; i < marks.length; i++) assert.ok(marks[i].x0 >= marks[i - 1].x1, 'no overlap');
  assert.ok(marks[2].x1 < (300 + 10) * 0.5, 'the last bar gave way to the point');
});

test('only the visible part of a row is walked', () => {
  const g = points(Array.from({ length: 1000 }, (_, i) => i * 10));
  const marks = rowMarks(g.row, g, { start: 5000, pxPerDay: 1, width: 200 });
  assert.ok(marks.length <= 26, `walked ${marks.length}`);
  assert.ok(marks.every((m) => m.x1 > -60 && m.x0 < 210));
});

test('overflow rows fold into count badges covering every visible item once', () => {
  const start = Float64Array.from({ length: 40 }, (_, i) => (i % 10) * 50);
  const end = Float64Array.from(start, (s) => s + 30);
  const g: ItemGeometry = { start, end, point: new Uint8Array(40) };
  const p = packRows(byStart(start.map((_, i) => i), start, end), start, end);
  assert.equal(p.rows.length, 4);
  const marks = overflowMarks(p.rows.slice(1), g, { start: 0, pxPerDay: 1, width: 600 });
  assert.equal(marks.reduce((n, m) => n + m.count, 0), 30);
  for (let i = 1; i < marks.length; i++) assert.ok(marks[i].x0 >= marks[i - 1].x1);
});
