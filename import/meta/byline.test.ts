import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBylineLine, parseByline } from './byline';

test('fields separated by wide gaps', () => {
  const line = '来源: 中原网      时间:2024-03-15 09:30:00';
  assert.ok(isBylineLine(line));
  assert.deepEqual(parseByline(line), { outlet: '中原网', publishedAt: '2024-03-15T09:30:00', reporter: null, editor: null });
});

test('fields run together after a timestamp', () => {
  const line = '2024-06-07 16:47:56来源:某台国际在线责编:王某某';
  assert.ok(isBylineLine(line));
  assert.deepEqual(parseByline(line), { outlet: '某台国际在线', publishedAt: '2024-06-07T16:47:56', reporter: null, editor: '王某某' });
});

test('reporter and traditional labels', () => {
  assert.deepEqual(parseByline('來源：中原日報 作者：李某 2024年3月15日'), { outlet: '中原日報', publishedAt: '2024-03-15', reporter: '李某', editor: null });
});

test('an empty source field gives no outlet', () => {
  assert.equal(parseByline('来源:      时间:2022-05-09').outlet, null);
});

test('a bare timestamp line is a byline, a sentence is not', () => {
  assert.ok(isBylineLine('2024-03-15 09:30'));
  assert.ok(!isBylineLine('会议时间确定后，将另行通知各单位，请做好准备。'));
  assert.ok(!isBylineLine('数据来源于省统计局。'));
});
