import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFieldLine } from './fields';

test('metadata lines', () => {
  assert.deepEqual(readFieldLine('原标题：《新能源汽车产业链推进会召开》'), { kind: 'originalTitle', value: '新能源汽车产业链推进会召开' });
  assert.deepEqual(readFieldLine('本文转载自中原日报客户端'), { kind: 'outlet', value: '中原日报客户端' });
  assert.deepEqual(readFieldLine('来源：新华社'), { kind: 'outlet', value: '新华社' });
  assert.deepEqual(readFieldLine('【责任编辑：王某某】'), { kind: 'editor', value: '王某某' });
  assert.deepEqual(readFieldLine('记者：李某'), { kind: 'reporter', value: '李某' });
  assert.deepEqual(readFieldLine('原文链接：https://news.example.cn/a/1.html'), { kind: 'url', value: 'https://news.example.cn/a/1.html' });
  assert.deepEqual(readFieldLine('上一篇 2024年9月24日'), { kind: 'neighbour', date: '2024-09-24' });
  assert.deepEqual(readFieldLine('下一篇：某地召开推进会'), { kind: 'neighbour', date: null });
});

test('sentences are not metadata lines', () => {
  assert.equal(readFieldLine('来源于企业的反馈表明，政策效果明显。'), null);
  assert.equal(readFieldLine('文化产业是重要支柱。'), null);
});
