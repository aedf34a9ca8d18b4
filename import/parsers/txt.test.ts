import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PARAGRAPHS, SCRAPE, TITLE } from '../fixtures/articles';
import { parseTxt } from './txt';

test('a scraped page saved as text', () => {
  const result = parseTxt(SCRAPE, 'UTF-8', 'a.txt');
  assert.ok(result.ok);
  const { article } = result;
  assert.equal(article.format, 'txt');
  assert.equal(article.title, TITLE);
  assert.equal(article.script, 'simplified');
  assert.equal(article.raw, SCRAPE);
  assert.deepEqual(article.paragraphs, PARAGRAPHS);
  assert.equal(article.body, PARAGRAPHS.join('\n\n'));
});

test('without a headline the title is the first sentence, shortened', () => {
  const result = parseTxt(PARAGRAPHS.join('\n'), 'UTF-8', 'notes.txt');
  assert.ok(result.ok);
  assert.equal(result.article.title, '15日上午，河南省新能源汽车产业链推进会在郑州召开，研究部署产业链培育发展工作。');
});

test('the file name is the last resort for a title', () => {
  const result = parseTxt('...', 'UTF-8', 'dir/会议纪要.txt');
  assert.ok(result.ok);
  assert.equal(result.article.title, '...');
  const empty = parseTxt('首页 | 新闻 | 政务 | 产业 | 视频\n版权所有 某网', 'UTF-8', 'a.txt');
  assert.deepEqual(empty, { ok: false, error: { code: 'empty', message: empty.ok ? '' : empty.error.message } });
});
