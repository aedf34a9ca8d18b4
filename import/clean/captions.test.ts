import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCaptionLine, stripLeadingPictureMark } from './captions';

test('picture marks, alt-text artefacts and credited captions', () => {
  for (const line of [
    '【资料图】',
    '推进会现场_fororder_图片1',
    '推进会现场 供图 中原日报',
    '省工信厅负责人介绍情况 图片来源：省工信厅',
    '新华社记者 王某 摄',
    'banner.jpg',
  ]) assert.ok(isCaptionLine(line), line);
});

test('body sentences about pictures are kept', () => {
  assert.ok(!isCaptionLine('会议听取了图片直播平台建设情况汇报，并提出供图单位要规范署名。'));
  assert.ok(!isCaptionLine('全省新能源汽车产业链推进会召开'));
});

test('a picture mark glued to a paragraph is removed', () => {
  assert.equal(stripLeadingPictureMark('【资料图】15日上午，推进会召开。'), '15日上午，推进会召开。');
});
