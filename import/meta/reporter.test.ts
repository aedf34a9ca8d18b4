import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reporterFromParagraphs } from './reporter';

test('credits at the end of the article', () => {
  assert.equal(reporterFromParagraphs(['正文。', '参加会议。(中原融媒·中原网记者 赵某某)']), '赵某某');
  assert.equal(reporterFromParagraphs(['正文。', '提供有力支撑。(文 钱某某)']), '钱某某');
});

test('credits at the start', () => {
  assert.equal(reporterFromParagraphs(['中原日报讯(通讯员 孙某 记者 李某某)15日，推进会召开。', '正文。']), '李某某');
  assert.equal(reporterFromParagraphs(['文/周某某', '正文。']), '周某某');
});

test('no credit', () => {
  assert.equal(reporterFromParagraphs(['会议要求(暂行)办法落实到位。']), null);
});
