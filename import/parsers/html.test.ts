import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PARAGRAPHS, PUBLISHED_AT, REPORTER, TITLE, htmlPage } from '../fixtures/articles';
import { parseHtml } from './html';

test('a saved page: the article, its title and metadata', () => {
  const html = htmlPage('utf-8');
  const result = parseHtml(html, 'UTF-8', 'page.html');
  assert.ok(result.ok);
  const { article } = result;
  assert.equal(article.format, 'html');
  assert.equal(article.raw, html);
  assert.equal(article.title, TITLE);
  assert.equal(article.outlet, '中原网');
  assert.equal(article.reporter, REPORTER);
  assert.equal(article.url, 'https://news.zynews.example/2024/03/15/chain.html');
  assert.equal(article.publishedAt, PUBLISHED_AT);
  assert.deepEqual(article.paragraphs, PARAGRAPHS);
});

test('nothing executable or hidden leaks into the text', () => {
  const result = parseHtml(htmlPage('utf-8'), 'UTF-8', 'page.html');
  assert.ok(result.ok);
  const text = result.article.title + result.article.body;
  for (const leak of ['TRACKER-SCRIPT-TEXT', 'INLINE-SCRIPT-TEXT', 'ONCLICK-TEXT', 'IMG-ONERROR-TEXT', 'NOSCRIPT-TEXT', 'STYLE-TEXT', 'javascript', 'img.zynews', '相关阅读', '版权所有']) {
    assert.ok(!text.includes(leak), leak);
  }
});

test('a short page Readability cannot use falls back to the cleaned page text', () => {
  const html = '<html><head><title>通知_某网</title></head><body><nav>首页 | 新闻 | 政务 | 产业 | 视频</nav><p>会议定于3月20日召开。</p><p>请各单位准时参加。</p><footer>版权所有 某网</footer></body></html>';
  const result = parseHtml(html, 'UTF-8', 'short.html');
  assert.ok(result.ok);
  assert.equal(result.article.title, '通知');
  assert.deepEqual(result.article.paragraphs, ['会议定于3月20日召开。', '请各单位准时参加。']);
});

test('a page with no text is empty', () => {
  const result = parseHtml('<html><body><script>x()</script><img src="a.jpg"></body></html>', 'UTF-8', 'blank.html');
  assert.equal(!result.ok && result.error.code, 'empty');
});

test('a pathologically deep page skips Readability instead of hanging', () => {
  const html = `<html><body>${'<div>'.repeat(3000)}<p>会议定于3月20日召开，请各单位准时参加。</p>${'</div>'.repeat(3000)}</body></html>`;
  const started = performance.now();
  const result = parseHtml(html, 'UTF-8', 'deep.html');
  assert.ok(result.ok);
  assert.deepEqual(result.article.paragraphs, ['会议定于3月20日召开，请各单位准时参加。']);
  assert.ok(performance.now() - started < 5000);
});
