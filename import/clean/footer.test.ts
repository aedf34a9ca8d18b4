import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFooterLine } from './footer';

test('footer lines', () => {
  for (const line of ['主办：中原日报社 承办：中原网', '技术支持：某某科技', '网站标识码：4100000001', '违法和不良信息举报电话：12377']) assert.ok(isFooterLine(line), line);
});

test('body sentences about sponsors are kept', () => {
  assert.ok(!isFooterLine('主办方表示，本届博览会规模为历届之最。'));
});
