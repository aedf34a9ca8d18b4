import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCounterLine } from './counters';

test('counters', () => {
  for (const line of ['3.2K0', '7630', '2.0K0', '(0)', '（12）', '阅读：1024', '浏览量 3.5万']) assert.ok(isCounterLine(line), line);
});

test('numbers with units or dates are not counters', () => {
  for (const line of ['150万辆', '第3条', '2024年3月15日', '增长12.5%']) assert.ok(!isCounterLine(line), line);
});

test('a very long number line is judged in linear time', () => {
  const started = performance.now();
  assert.ok(!isCounterLine('1'.repeat(100_000) + '亿元'));
  assert.ok(performance.now() - started < 1000);
});
