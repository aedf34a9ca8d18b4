import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Track } from '../timeline/layout/tracks';
import { paginateColumns, paginateHeights, paginateTracks, timeSegments } from './paginate';

const o = { rowH: 10, pad: 2, headerH: 12 };
const track = (key: string, rowsShown: number): Track =>
  ({ key, rowsShown, lane: 0, label: key, depth: 1, hasChildren: false, open: false, full: false, overflow: false, y: 0, height: 0 }) as unknown as Track;

test('lanes that fit stay whole; a taller lane splits between rows and is marked continued', () => {
  const pages = paginateTracks([track('a', 3), track('b', 2), track('c', 12)], 100, o);
  assert.deepEqual(pages[0].map((p) => [p.track.key, p.rowFrom, p.rowTo, p.cont]), [['a', 0, 3, false], ['b', 0, 2, false], ['c', 0, 3, false]]);
  assert.deepEqual(pages[1].map((p) => [p.track.key, p.rowFrom, p.rowTo, p.cont]), [['c', 3, 12, true]]);
  for (const page of pages) assert.ok(page.reduce((h, p) => h + p.height, 0) <= 100);
});

test('every row of every lane lands on exactly one page', () => {
  const tracks = Array.from({ length: 40 }, (_, i) => track(`t${i}`, (i * 7) % 13));
  const pages = paginateTracks(tracks, 150, o);
  for (const t of tracks) {
    const parts = pages.flat().filter((p) => p.track === t);
    if (t.rowsShown === 0) assert.equal(parts.length, 1);
    else assert.equal(parts.reduce((n, p) => n + p.rowTo - p.rowFrom, 0), t.rowsShown);
  }
  for (const page of pages) {
    page.forEach((p, i) => assert.equal(p.y, i ? page[i - 1].y + page[i - 1].height : 0));
    assert.ok(page.at(-1)!.y + page.at(-1)!.height <= 150);
  }
});

test('measured blocks fill pages; the first page may have less room', () => {
  assert.deepEqual(paginateHeights([30, 30, 30, 30, 30], 50, 100), [[0, 1], [1, 4], [4, 5]]);
  assert.deepEqual(paginateHeights([200], 50, 100), [[0, 1]], 'an oversize block still gets a page');
  assert.deepEqual(paginateHeights([], 50, 100), []);
});

test('a long window is cut into equal segments', () => {
  assert.deepEqual(timeSegments(0, 100, 100), [[0, 100]]);
  assert.deepEqual(timeSegments(0, 100, 40), [[0, 100 / 3], [100 / 3, 200 / 3], [200 / 3, 100]]);
});

test('two columns per page: the first page\'s columns are shorter, columns fill in order', () => {
  const pages = paginateColumns([30, 30, 30, 30, 30, 30, 30], 60, 100, 2);
  assert.deepEqual(pages, [[[0, 2], [2, 4]], [[4, 7]]]);
});
