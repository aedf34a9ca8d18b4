import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Precision } from '../../../api/contract/common';
import type { Lane } from '../../../api/contract/views';
import { buildModel, rowOfItem, itemIndex } from './model';
import { buildTracks, defaultOpen, trackAt } from './tracks';
import { timelineOf, type FixtureItem } from './fixture';

const lane = (key: string, parentKey: string | null, depth: number): Lane => ({ key, label: key, parentKey, depth, count: 0 });
const item = (id: string, firstDay: string, lastDay: string, lanes: string[], precision: Precision = 'day'): FixtureItem => ({
  id, kind: 'plan', subkind: null, title: id, firstDay, lastDay, precision, status: null, planId: null, lanes,
});

const lanes = [lane('henan', null, 1), lane('zhengzhou', 'henan', 2), lane('luoyang', 'henan', 2), lane('hubei', null, 1)];
const items = [
  item('a', '2024-01-01', '2024-12-31', ['zhengzhou']),
  item('b', '2024-06-01', '2024-06-30', ['zhengzhou'], 'month'),
  item('c', '2024-03-05', '2024-03-05', ['luoyang', 'zhengzhou']),
  item('d', '2023-01-01', '2023-12-31', ['hubei'], 'year'),
  item('e', '2024-02-01', '2024-04-30', ['henan'], 'month'),
];
const opts = { cap: 2, rowH: 20, pad: 3, headerH: 22 };

test('model: days, points and vague dates', () => {
  const m = buildModel(timelineOf(lanes, items));
  const c = itemIndex(m, 'c')!;
  assert.equal(m.point[c], 1);
  assert.equal(m.end[c] - m.start[c], 1);
  assert.equal(m.vague[itemIndex(m, 'b')!], 1, 'a month-precision date covering one month is vague');
  assert.equal(m.vague[itemIndex(m, 'd')!], 1);
  assert.equal(m.vague[itemIndex(m, 'e')!], 0, 'a period of several months is a real span');
  assert.equal(m.point[itemIndex(m, 'a')!], 0);
});

test('closed parents show their subtree once; open parents their own items and children', () => {
  const m = buildModel(timelineOf(lanes, items));
  const closed = buildTracks(m, new Set(), new Set(), opts);
  assert.deepEqual(closed.tracks.map((t) => t.key), ['henan', 'hubei']);
  const henan = closed.tracks[0];
  assert.equal(henan.packing.order.length, 4, 'a, b, c (once, though in two cities) and e');
  const open = buildTracks(m, new Set(['henan']), new Set(), opts);
  assert.deepEqual(open.tracks.map((t) => t.key), ['henan', 'zhengzhou', 'luoyang', 'hubei']);
  assert.equal(open.tracks[0].packing.order.length, 1, 'only e belongs to Henan itself');
});

test('rows beyond the cap fold into an overflow row unless the lane shows all', () => {
  const m = buildModel(timelineOf(lanes, items));
  const capped = buildTracks(m, new Set(), new Set(), opts).tracks[0];
  assert.equal(capped.packing.rows.length, 3);
  assert.equal(capped.rowsShown, 2);
  assert.ok(capped.overflow);
  const full = buildTracks(m, new Set(), new Set(['henan']), opts).tracks[0];
  assert.equal(full.rowsShown, 3);
  assert.ok(!full.overflow);
});

test('tracks stack without gaps and are found by y', () => {
  const m = buildModel(timelineOf(lanes, items));
  const { tracks, height } = buildTracks(m, new Set(['henan']), new Set(), opts);
  tracks.forEach((t, i) => assert.equal(t.y, i ? tracks[i - 1].y + tracks[i - 1].height : 0));
  assert.equal(height, tracks.at(-1)!.y + tracks.at(-1)!.height);
  assert.equal(trackAt(tracks, tracks[2].y + 1), 2);
  assert.equal(trackAt(tracks, height + 5), -1);
  const z = tracks[1];
  const a = itemIndex(m, 'a')!;
  assert.equal(rowOfItem(z.packing, m, a) >= 0, true);
});

test('a lone root lane starts open; several roots start closed', () => {
  const national = [lane('cn', null, 1), lane('henan', 'cn', 2), lane('hubei', 'cn', 2)];
  const one = buildModel(timelineOf(national, [item('a', '2024-01-01', '2024-01-01', ['henan'])]));
  assert.deepEqual(defaultOpen(one), ['cn']);
  assert.deepEqual(defaultOpen(buildModel(timelineOf(lanes, items))), []);
});
