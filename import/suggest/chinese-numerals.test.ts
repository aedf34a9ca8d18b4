import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseDigits, chineseNumber } from './chinese-numerals';

test('years written digit by digit', () => {
  assert.equal(chineseDigits('二〇二四'), 2024);
  assert.equal(chineseDigits('二零二三'), 2023);
  assert.equal(chineseDigits('二〇二x'), null);
});

test('month and day numbers', () => {
  assert.deepEqual(['九', '十', '十二', '二十', '二十三', '三十一'].map(chineseNumber), [9, 10, 12, 20, 23, 31]);
  assert.equal(chineseNumber(''), null);
  assert.equal(chineseNumber('百'), null);
});
