import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axisFormat, axisTicks, chooseLevel } from './ticks';
import { dayOf, isoOf } from './time';

const zh = axisFormat('zh-CN');
const en = axisFormat('en');
const scaleFor = (from: string, to: string, width = 1200) => ({ start: dayOf(from), pxPerDay: width / (dayOf(to) - dayOf(from)), width });

test('the tick unit follows the zoom: years, quarters, months, days', () => {
  assert.equal(chooseLevel(1200 / (60 * 365)).unit, 'year');
  assert.equal(chooseLevel(1200 / (60 * 365)).step, 5);
  assert.equal(chooseLevel(1200 / (9 * 365)).unit, 'year');
  assert.equal(chooseLevel(1200 / (9 * 365)).step, 1);
  assert.equal(chooseLevel(1200 / (3 * 365)).unit, 'quarter');
  assert.equal(chooseLevel(1200 / 365).unit, 'month');
  assert.equal(chooseLevel(1200 / 60).unit, 'day');
  assert.equal(chooseLevel(1200 / 60).step, 5);
  assert.equal(chooseLevel(1200 / 40).step, 2);
  assert.equal(chooseLevel(1200 / 10).step, 1);
});

test('year ticks fall on 1 January, labelled in Chinese with decades above', () => {
  const a = axisTicks(scaleFor('2018-01-01', '2027-01-01'), zh);
  assert.equal(a.unit, 'year');
  assert.ok(a.minor.every((t) => isoOf(t.day).endsWith('-01-01')));
  assert.ok(a.minor.some((t) => t.label === '2024年'));
  assert.ok(a.major.some((t) => t.label === '2020年代'));
});

test('quarters and months: labels and the year above', () => {
  const q = axisTicks(scaleFor('2023-01-01', '2026-01-01'), zh);
  assert.equal(q.unit, 'quarter');
  assert.deepEqual(q.minor.filter((t) => isoOf(t.day).startsWith('2024')).map((t) => t.label), ['一季度', '二季度', '三季度', '四季度']);
  assert.ok(q.major.some((t) => t.label === '2024年'));
  const m = axisTicks(scaleFor('2024-01-01', '2025-01-01'), en);
  assert.equal(m.unit, 'month');
  assert.equal(m.minor.find((t) => isoOf(t.day) === '2024-03-01')?.label, 'Mar');
});

test('day ticks restart each month and never crowd the 1st', () => {
  const a = axisTicks(scaleFor('2024-01-01', '2024-03-01', 1200), zh);
  assert.equal(a.unit, 'day');
  assert.equal(a.step, 5);
  const jan = a.minor.filter((t) => isoOf(t.day).startsWith('2024-01')).map((t) => Number(isoOf(t.day).slice(8)));
  assert.deepEqual(jan, [1, 6, 11, 16, 21, 26], '31 would crowd 1 February');
  assert.ok(a.minor.some((t) => t.label === '16日'));
  assert.ok(a.major.some((t) => t.label === '2024年2月'));
});

test('ticks cover the window and no more than a step beyond', () => {
  const s = scaleFor('2021-05-10', '2021-08-20', 900);
  const a = axisTicks(s, zh);
  const end = s.start + s.width / s.pxPerDay;
  assert.ok(a.minor[0].day <= s.start);
  assert.ok(a.minor[a.minor.length - 1].day >= end - 31);
  const xs = a.minor.map((t) => (t.day - s.start) * s.pxPerDay);
  for (let i = 1; i < xs.length; i++) assert.ok(xs[i] - xs[i - 1] >= 30, 'labels have room');
});
