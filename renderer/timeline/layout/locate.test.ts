import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lane } from '../../../api/contract/views';
import { locate, nearestInTrack, orderIndex } from './locate';
import { buildModel, itemIndex } from './model';
import { buildTracks } from './tracks';
import { timelineOf, type FixtureItem } from './fixture';

const lane = (key: string): Lane => ({ key, label: key, parentKey: null, depth: 1, count: 0 });
const item = (id: string, day: string, lanes: string[]): FixtureItem => ({
  id, kind: 'meeting', subkind: null, title: id, firstDay: day, lastDay: day, precision: 'day', status: null, planId: null, lanes,
});

test('items are found in their lane, nearest by date in another, and in the overflow row when folded', () => {
  const items = [item('a', '2024-01-01', ['x']), item('b', '2024-03-01', ['x', 'y']), item('c', '2024-02-01', ['y']), item('d', '2024-03-01', ['x'])];
  const m = buildModel(timelineOf([lane('x'), lane('y')], items));
  const { tracks } = buildTracks(m, new Set(), new Set(), { cap: 1, rowH: 20, pad: 2, headerH: 20 });
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => itemIndex(m, id)!);
  assert.equal(orderIndex(tracks[0], m, b) >= 0, true);
  assert.equal(orderIndex(tracks[0], m, c), -1);
  assert.deepEqual(locate(tracks, m, c), { track: 1, row: 0 });
  assert.equal(locate(tracks, m, b, 1)!.track, 1, 'the preferred lane wins when it has the item');
  assert.equal(locate(tracks, m, a)!.track, 0);
  // b and d share a day: one of them is in row 1, folded into the single shown row.
  assert.equal(locate(tracks, m, d)!.row, 0);
  assert.equal(nearestInTrack(tracks[1], m, m.start[a]), c);
});
