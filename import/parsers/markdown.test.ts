import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToText, parseMarkdown } from './markdown';

const MD = `---
title: "全省新能源汽车产业链推进会召开"
date: 2024-03-15 09:30
source: 中原日报
url: https://news.example.cn/a/1.html
---

# 全省新能源汽车产业链推进会召开

![现场](https://img.example.cn/1.jpg)

15日上午，**全省新能源汽车产业链推进会**在[郑州](https://example.cn)召开，
研究推动产业链培育发展工作。

## 主要目标

- 到2026年，产量突破150万辆。
- 培育\`专精特新\`企业50家以上。
`;

test('front matter, headings, lists and inline markup', () => {
  const { text, hints } = markdownToText(MD);
  assert.equal(hints.title, '全省新能源汽车产业链推进会召开');
  assert.equal(hints.publishedAt, '2024-03-15T09:30:00');
  assert.equal(hints.outlet, '中原日报');
  assert.ok(!text.includes('**') && !text.includes('](') && !text.includes('img.example'));
  assert.ok(text.includes('主要目标'));
});

test('a Markdown article', () => {
  const result = parseMarkdown(MD, 'UTF-8', 'a.md');
  assert.ok(result.ok);
  const { article } = result;
  assert.equal(article.format, 'md');
  assert.equal(article.title, '全省新能源汽车产业链推进会召开');
  assert.equal(article.url, 'https://news.example.cn/a/1.html');
  assert.deepEqual(article.paragraphs, [
    '15日上午，全省新能源汽车产业链推进会在郑州召开，研究推动产业链培育发展工作。',
    '主要目标',
    '到2026年，产量突破150万辆。',
    '培育专精特新企业50家以上。',
  ]);
});
