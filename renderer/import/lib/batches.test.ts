import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchFull } from './batches';

const limits = { maxFiles: 3, maxBytes: 100 };

/** Batches as the import run forms them: files in order, each batch closed when the next file would not fit. */
function plan(sizes: number[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (const s of sizes) {
    if (batchFull(cur.length, cur.reduce((a, b) => a + b, 0), s, limits)) {
      out.push(cur);
      cur = [];
    }
    cur.push(s);
  }
  if (cur.length) out.push(cur);
  return out;
}

test('batches hold at most maxFiles files, in order, covering every file once', () => {
  assert.deepEqual(plan([1, 1, 1, 1, 1, 1, 1]), [[1, 1, 1], [1, 1, 1], [1]]);
});

test('a batch closes before it would pass maxBytes; an oversized file travels alone', () => {
  assert.deepEqual(plan([60, 30, 20, 10]), [[60, 30], [20, 10]]);
  assert.deepEqual(plan([10, 500, 10]), [[10], [500], [10]]);
});

test('no files, no batches', () => {
  assert.deepEqual(plan([]), []);
});
