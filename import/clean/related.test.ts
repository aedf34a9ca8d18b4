import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRelatedHeading, isTagsLine } from './related';

test('related-article and tag headings', () => {
  for (const line of ['相关阅读', '相关新闻：', '【推荐阅读】', '猜你喜欢', '相关推荐 更多>>', '标签:', '相關閱讀']) assert.ok(isRelatedHeading(line), line);
});

test('sentences that start with the same words are not headings', () => {
  assert.ok(!isRelatedHeading('相关新闻发布会将于下周举行。'));
  assert.ok(!isRelatedHeading('标签化管理'));
});

test('tag lines', () => {
  assert.ok(isTagsLine('标签：新能源汽车 产业链'));
  assert.ok(isTagsLine('关键词: 光电'));
  assert.ok(!isTagsLine('关键词是创新。'));
});
