import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isShareLine } from './share';

test('share, QR, tip and follow buttons', () => {
  for (const line of ['分享到：', '打赏 微信扫一扫 支付宝扫一扫', '微信扫码分享', '关注微信', '中原日报的头像中原日报编辑部', '【打印】【关闭】']) {
    assert.ok(isShareLine(line), line);
  }
});

test('a body sentence that mentions scanning is kept', () => {
  assert.ok(!isShareLine('市民可通过微信扫一扫参与问卷调查。'));
});
