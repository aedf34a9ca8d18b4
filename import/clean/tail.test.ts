import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutTail } from './tail';

const BODY = '15日上午，全省新能源汽车产业链推进会在郑州召开，研究推动产业链培育发展工作，部署下一步重点任务。';

test('cuts everything from a related-articles heading after the body', () => {
  const lines = ['相关新闻', '推进会召开', BODY, '会议要求抓好落实。', '', '相关阅读', '某地召开会议', '2024-03-01'];
  assert.deepEqual(cutTail(lines), ['相关新闻', '推进会召开', BODY, '会议要求抓好落实。', '']);
});

test('cuts at a copyright statement heading and at a contact block', () => {
  assert.deepEqual(cutTail([BODY, '中原网版权与信息产品内容销售的声明', '1、本网所有内容未经授权不得转载。']), [BODY]);
  assert.deepEqual(cutTail([BODY, '联系我们', '邮件: a@b.cn']), [BODY]);
  assert.deepEqual(cutTail([BODY, '标签:', '• 另一篇文章']), [BODY]);
});

test('leaves a page without such headings alone', () => {
  assert.deepEqual(cutTail([BODY, '会议要求抓好落实。']), [BODY, '会议要求抓好落实。']);
});
