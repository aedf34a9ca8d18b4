import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clampScale, dayAt, endOf, fitTo, limitsFor, panBy, xOf, zoomAt } from './scale';
import { dayOf } from './time';

const lim = limitsFor(1000, dayOf('2018-01-01'), dayOf('2027-01-01'));

test('x and day are inverse', () => {
  const s = { start: dayOf('2020-01-01'), pxPerDay: 2, width: 1000 };
  assert.equal(xOf(s, dayOf('2020-01-11')), 20);
  assert.equal(dayAt(s, 20), dayOf('2020-01-11'));
  assert.equal(endOf(s), s.start + 500);
});

test('zoom keeps the day under the anchor in place', () => {
  const s = { start: dayOf('2020-01-01'), pxPerDay: 1, width: 1000 };
  const anchorDay = dayAt(s, 300);
  const z = zoomAt(s, 4, 300, lim);
  assert.equal(z.pxPerDay, 4);
  assert.ok(Math.abs(dayAt(z, 300) - anchorDay) < 1e-9);
});

test('zoom is bounded: decades at one end, days at the other', () => {
  const s = { start: dayOf('2020-01-01'), pxPerDay: 1, width: 1000 };
  const out = zoomAt(s, 1e-9, 500, lim);
  assert.ok((out.width / out.pxPerDay) / 365 <= 81, 'no more than ~80 years across');
  const deep = zoomAt(s, 1e9, 500, lim);
  assert.ok(deep.width / deep.pxPerDay >= 3.9, 'a few days across at most zoom');
});

test('pan moves by pixels and stops at the data margin', () => {
  const s = { start: dayOf('2020-01-01'), pxPerDay: 1, width: 1000 };
  assert.equal(panBy(s, -100, lim).start, s.start + 100);
  assert.equal(panBy(s, 1e7, lim).start, lim.minDay);
  assert.equal(clampScale({ ...s, start: 1e9 }, lim).start, lim.maxDay - 1000);
});

test('fit shows the range with padding', () => {
  const from = dayOf('2019-01-01');
  const to = dayOf('2021-01-01');
  const s = fitTo(1000, from, to, lim, 0.05);
  assert.ok(s.start < from && endOf(s) > to);
  assert.ok(Math.abs(endOf(s) - to - (from - s.start)) < 1e-6, 'symmetric');
});
