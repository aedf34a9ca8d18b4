import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCreditsLine, isNeighbourLink } from './credits';

test('staff credit lines in their usual forms', () => {
  for (const line of ['责任编辑：王小明', '（编辑 张三）', '责编：李四', '审核：李四 校对：王五', '【责任编辑：赵六】', '編輯：陳大文', '责任编辑：王小明、李四']) assert.ok(isCreditsLine(line), line);
  for (const line of ['编辑部门要加快推进光电产业链高质量发展。', '本报编辑部', '会议由市委书记主持，审核通过了三年行动计划。']) assert.ok(!isCreditsLine(line), line);
});

test('links to the previous and next article', () => {
  for (const line of ['上一篇：郑州市召开新能源汽车产业链推进会', '下一篇', '上一條：鶴壁市大會舉行']) assert.ok(isNeighbourLink(line), line);
  assert.ok(!isNeighbourLink('上一年度全市光电产业规模突破800亿元。'));
});
