import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCopyrightHeading, isCopyrightLine } from './copyright';

test('copyright and disclaimer lines', () => {
  for (const line of [
    '版权所有 中原日报社 未经授权禁止转载',
    'Copyright © 2024 zynews.example All Rights Reserved',
    '免责声明：本网站所刊载信息，不代表本站观点。',
    '转载请注明出处',
    '豫ICP备12345678号',
  ]) assert.ok(isCopyrightLine(line), line);
});

test('headings of copyright statements', () => {
  assert.ok(isCopyrightHeading('中原网版权与信息产品内容销售的声明'));
  assert.ok(isCopyrightHeading('免责声明'));
  assert.ok(!isCopyrightHeading('会议发表联合声明，各方将加强合作。'));
});

test('body text about intellectual property is kept', () => {
  assert.ok(!isCopyrightLine('会议要求加强知识产权保护，完善专利快速审查机制。'));
});
