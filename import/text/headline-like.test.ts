import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeadlineLike } from './headline-like';

test('headlines', () => {
  for (const line of ['全省新能源汽车产业链推进会召开', '抢抓新赛道 把握主动权', '正式更名“大学”！', 'Chain meeting held in Zhengzhou']) {
    assert.ok(isHeadlineLike(line), line);
  }
});

test('sentences, labels and numbers are not headlines', () => {
  for (const line of ['15日上午，推进会在郑州召开。', '会议强调：', '2024-03-15', '标签']) {
    assert.ok(!isHeadlineLike(line), line);
  }
});
