import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inBody, isEmpty, readSuggestions } from './suggestions';

test('stored suggestions are read defensively: missing groups are empty, malformed items dropped', () => {
  const s = readSuggestions({ dates: [{ text: '9月23日', start: 4, end: 9, iso: '2024-09-23' }, { text: 1 }], people: 'x' });
  assert.equal(s.dates.length, 1);
  assert.deepEqual(s.people, []);
  assert.deepEqual(s.firms, []);
  assert.equal(isEmpty(readSuggestions(null)), true);
});

test('spans found only in the headline are not in the body', () => {
  assert.equal(inBody({ text: '河南', start: -1, end: -1 }), false);
  assert.equal(inBody({ text: '河南', start: 0, end: 2 }), true);
});
