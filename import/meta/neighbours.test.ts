import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromNeighbours } from './neighbours';

test('both neighbours on the same day date the article', () => {
  assert.equal(dateFromNeighbours(['2024-09-24', '2024-09-24T10:00:00']), '2024-09-24');
});

test('one neighbour, or neighbours on different days, say nothing', () => {
  assert.equal(dateFromNeighbours(['2024-09-24']), null);
  assert.equal(dateFromNeighbours(['2024-09-23', '2024-09-24']), null);
  assert.equal(dateFromNeighbours([null, '2024-09-24']), null);
});
