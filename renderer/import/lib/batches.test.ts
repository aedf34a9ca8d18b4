import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planBatches } from './batches';

const limits = { maxFiles: 3, maxBytes: 100 };

test('batches hold at most maxFiles files, in order, covering every file once', () => {
  const b = planBatches([1, 1, 1, 1, 1, 1, 1], limits);
  assert.deepEqual(b, [[0, 3], [3, 6], [6, 7]]);
});

test('a batch closes before it would pass maxBytes; an oversized file travels alone', () => {
  assert.deepEqual(planBatches([60, 30, 20, 10], limits), [[0, 2], [2, 4]]);
  assert.deepEqual(planBatches([10, 500, 10], limits), [[0, 1], [1, 2], [2, 3]]);
});

test('no files, no batches', () => {
  assert.deepEqual(planBatches([], limits), []);
});
