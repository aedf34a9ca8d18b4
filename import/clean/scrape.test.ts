import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { OUTLET, PARAGRAPHS, PUBLISHED_AT, REPORTER, SCRAPE, TITLE, withGlosses } from '../fixtures/articles';
import { cleanScrape } from './scrape';

test('a scraped page comes down to its headline, byline fields and body', () => {
  const cleaned = cleanScrape(SCRAPE);
  assert.equal(cleaned.title, TITLE);
  assert.equal(cleaned.outlet, OUTLET);
  assert.equal(cleaned.publishedAt, PUBLISHED_AT);
  assert.equal(cleaned.reporter, REPORTER);
  assert.deepEqual(cleaned.paragraphs, PARAGRAPHS);
});

test('the same page in traditional characters with pronunciation glosses', () => {
  const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(SCRAPE);
  const cleaned = cleanScrape(withGlosses(traditional));
  assert.deepEqual(cleaned.paragraphs, cleanScrape(traditional).paragraphs);
  assert.ok(!cleaned.paragraphs.join('').includes('chǎn'));
});

test('without a byline the first headline-like line is the title, printed twice or not', () => {
  const cleaned = cleanScrape(['抢抓新赛道 把握主动权', '', '抢抓新赛道 把握主动权', '', PARAGRAPHS[0], PARAGRAPHS[1]].join('\n'));
  assert.equal(cleaned.title, '抢抓新赛道 把握主动权');
  assert.deepEqual(cleaned.paragraphs, PARAGRAPHS.slice(0, 2));
  assert.equal(cleaned.publishedAt, null);
});

test('metadata lines anywhere: reprint source, original title, URL; the neighbouring articles’ dates never date this one', () => {
  const text = [
    '推进会召开',
    '原标题：新能源汽车产业链推进会在郑州召开',
    PARAGRAPHS[0],
    '本文转载自中原日报客户端',
    '原文链接：https://news.zynews.example/a/1.html',
    '上一篇 2024年3月15日',
    '下一篇 2024年3月15日',
    '相关推荐',
    '某地召开会议 2024年3月1日',
  ].join('\n');
  const cleaned = cleanScrape(text);
  assert.equal(cleaned.originalTitle, '新能源汽车产业链推进会在郑州召开');
  assert.equal(cleaned.outlet, '中原日报客户端');
  assert.equal(cleaned.url, 'https://news.zynews.example/a/1.html');
  // 上一篇/下一篇 link to other articles: their dates are not this article's, however close.
  assert.equal(cleaned.publishedAt, null);
  assert.ok(!cleaned.paragraphs.some((p) => /上一篇|下一篇|2024年3月15日/.test(p)));
  assert.deepEqual(cleaned.paragraphs, [PARAGRAPHS[0]]);
});

test('a credited writer outranks the editor named in the byline', () => {
  const text = ['推进会召开', '2024-03-15 21:05来源:中原网责编:钱某', PARAGRAPHS[0], '会议要求抓好落实。(文 孙某某)'].join('\n');
  assert.equal(cleanScrape(text).reporter, '孙某某');
  assert.equal(cleanScrape(text.replace('(文 孙某某)', '')).reporter, '钱某');
});

test('hints from the container win over the text', () => {
  const cleaned = cleanScrape(SCRAPE, { title: TITLE, outlet: '容器来源', publishedAt: '2024-03-16' });
  assert.equal(cleaned.title, TITLE);
  assert.equal(cleaned.outlet, '容器来源');
  assert.equal(cleaned.publishedAt, '2024-03-16');
  assert.deepEqual(cleaned.paragraphs, PARAGRAPHS);
});

test('a site name is only a fallback for the outlet', () => {
  assert.equal(cleanScrape(SCRAPE, { siteName: '某站' }).outlet, OUTLET);
  assert.equal(cleanScrape(PARAGRAPHS.join('\n'), { siteName: '某站' }).outlet, '某站');
});
