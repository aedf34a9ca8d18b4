import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lane } from '../../api/contract/views';
import { keyAction, type KeyContext } from './keys';
import { buildModel, itemIndex } from './layout/model';
import { dayOf } from './layout/time';
import { buildTracks } from './layout/tracks';
import { timelineOf, type FixtureItem } from './layout/fixture';

const lane = (key: string): Lane => ({ key, label: key, parentKey: null, depth: 1, count: 0 });
const item = (id: string, day: string, lanes: string[]): FixtureItem => ({
  id, kind: 'meeting', subkind: null, title: id, firstDay: day, lastDay: day, precision: 'day', status: null, planId: null, lanes,
});

function setup(): KeyContext & { id(i: number): string } {
  const model = buildModel(
    timelineOf(
      [lane('x'), lane('y')],
      [item('a', '2024-01-01', ['x']), item('b', '2024-02-01', ['x']), item('c', '2024-03-01', ['x']), item('d', '2024-02-03', ['y'])],
    ),
  );
  const { tracks } = buildTracks(model, new Set(), new Set(), { cap: 4, rowH: 20, pad: 2, headerH: 20 });
  return { model, tracks, focus: null, scale: { start: dayOf('2024-01-01'), pxPerDay: 10, width: 600 }, topTrack: 0, viewH: 500, id: (i) => model.ids[i]! };
}

test('arrows enter the chart near the middle of the window, then walk a lane in date order', () => {
  const c = setup();
  const enter = keyAction({ key: 'ArrowRight', shiftKey: false }, c);
  assert.deepEqual(enter && enter.type === 'focus' && [c.id(enter.item), enter.track], ['b', 0], 'b (1 Feb) is nearest the middle (31 Jan)');
  const at = (id: string, track: number) => ({ ...c, focus: { item: itemIndex(c.model, id)!, track } });
  const left = keyAction({ key: 'ArrowLeft', shiftKey: false }, at('b', 0));
  assert.equal(left?.type === 'focus' && c.id(left.item), 'a');
  assert.equal(keyAction({ key: 'ArrowLeft', shiftKey: false }, at('a', 0)), null, 'no wrap at the start');
  const end = keyAction({ key: 'End', shiftKey: false }, at('a', 0));
  assert.equal(end?.type === 'focus' && c.id(end.item), 'c');
  const down = keyAction({ key: 'ArrowDown', shiftKey: false }, at('b', 0));
  assert.deepEqual(down?.type === 'focus' && [c.id(down.item), down.track], ['d', 1], 'the nearest record in time in the next lane');
  assert.deepEqual(keyAction({ key: 'Enter', shiftKey: false }, at('b', 0)), { type: 'open', item: itemIndex(c.model, 'b')! });
});

test('zoom, pan, scroll, fit and leave', () => {
  const c = setup();
  assert.equal(keyAction({ key: '+', shiftKey: false }, c)?.type, 'zoom');
  assert.deepEqual(keyAction({ key: 'ArrowLeft', shiftKey: true }, c), { type: 'pan', dx: 120 });
  assert.deepEqual(keyAction({ key: 'PageDown', shiftKey: false }, c), { type: 'scroll', dy: 450 });
  assert.deepEqual(keyAction({ key: '0', shiftKey: false }, c), { type: 'fit' });
  assert.equal(keyAction({ key: 'Escape', shiftKey: false }, c), null, 'nothing to leave without focus');
  assert.equal(keyAction({ key: 'x', shiftKey: false }, c), null);
});
