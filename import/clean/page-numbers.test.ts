import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPageNumberLine } from './page-numbers';

test('page numbers', () => {
  for (const line of ['— 3 —', '- 12 -', '第2页 共5页', '第 2 页', '2/5', '7']) assert.ok(isPageNumberLine(line), line);
});

test('numbered text is not a page number', () => {
  for (const line of ['3个方面', '2024年', '1、总体要求', '—— 摘自某报']) assert.ok(!isPageNumberLine(line), line);
});
