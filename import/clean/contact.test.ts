import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isContactHeading, isContactLine } from './contact';

test('contact blocks', () => {
  assert.ok(isContactHeading('联系我们'));
  for (const line of ['在线咨询:123456', '邮件: news@example.cn', '工作时间:周一至周五,8:30-17:30', '电话：0371-1234567', 'E-mail: a@b.cn']) {
    assert.ok(isContactLine(line), line);
  }
});

test('body lines that mention a phone are kept', () => {
  assert.ok(!isContactLine('企业可拨打服务热线电话咨询相关政策，工作人员将及时解答。'));
});
