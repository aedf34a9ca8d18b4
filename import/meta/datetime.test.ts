import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateTime, parseMachineTimestamp } from './datetime';

test('dates and times as scrapes write them', () => {
  assert.equal(findDateTime('时间:2023-06-12 22:21:12'), '2023-06-12T22:21:12');
  assert.equal(findDateTime('2024-06-07 16:47:56来源:某网'), '2024-06-07T16:47:56');
  assert.equal(findDateTime('发布时间：2024/6/7 16:47'), '2024-06-07T16:47:00');
  assert.equal(findDateTime('2024年9月24日 08:30'), '2024-09-24T08:30:00');
  assert.equal(findDateTime('上一篇 2024年9月24日'), '2024-09-24');
  assert.equal(findDateTime('2024.03.15'), '2024-03-15');
});

test('impossible dates are not dates', () => {
  assert.equal(findDateTime('2024-02-30'), null);
  assert.equal(findDateTime('编号 2024-13-01'), null);
});

test('machine timestamps become China wall time', () => {
  assert.equal(parseMachineTimestamp('2024-06-07T16:47:56+08:00'), '2024-06-07T16:47:56');
  assert.equal(parseMachineTimestamp('2024-06-07T08:47:56Z'), '2024-06-07T16:47:56');
  assert.equal(parseMachineTimestamp('2024-06-06T20:00:00-04:00'), '2024-06-07T08:00:00');
  assert.equal(parseMachineTimestamp('2024-06-07 16:47'), '2024-06-07T16:47:00');
  assert.equal(parseMachineTimestamp('2024-06-07'), '2024-06-07');
});
