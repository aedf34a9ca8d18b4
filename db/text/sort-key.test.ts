import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortKey } from './sort-key';

const sorted = (xs: string[]) => [...xs].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));

test('Chinese titles sort in pinyin order, polyphones read in context', () => {
  const titles = ['郑州市会议', '安阳市会议', '重庆市会议', '长沙市会议', '北京市会议', '洛阳市会议', '《洛阳市规划》', '武汉市会议'];
  assert.deepEqual(sorted(titles), ['安阳市会议', '北京市会议', '长沙市会议', '重庆市会议', '《洛阳市规划》', '洛阳市会议', '武汉市会议', '郑州市会议']);
  // Where ICU's zh collation agrees (no characters read two ways), the order is the same.
  const collator = new Intl.Collator('zh');
  const plain = ['郑州', '安阳', '北京', '洛阳', '武汉', '开封', '新乡', '南阳'];
  assert.deepEqual(sorted(plain), [...plain].sort(collator.compare));
  // Where it does not, the word decides: ICU reads 长沙 as zhang, a reader as chang.
  assert.deepEqual(sorted(['长沙', '郑州']), ['长沙', '郑州']);
});

test('keys are stable text and order ties by the text itself', () => {
  assert.ok(sortKey('光电') < sortKey('光电产业'));
  assert.equal(sortKey('《光电》'), sortKey('光电》'));
});
