import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropConsecutiveDuplicates } from './duplicates';

test('drops back-to-back duplicates only', () => {
  assert.deepEqual(dropConsecutiveDuplicates(['抢抓新赛道', '抢抓新赛道', '正文。', '小结', '正文。']), ['抢抓新赛道', '正文。', '小结', '正文。']);
});
