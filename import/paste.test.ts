import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MARKDOWN, PARAGRAPHS, SCRAPE, TITLE, htmlPage } from './fixtures/articles';
import { contentFingerprint, parsePastedText } from './index';

test('pasted plain text, HTML and Markdown', () => {
  const results = [parsePastedText(SCRAPE), parsePastedText(htmlPage('utf-8')), parsePastedText(MARKDOWN, { fileName: 'clip.md' })];
  const formats = results.map((result) => (result.ok ? result.article.format : result.error.code));
  assert.deepEqual(formats, ['txt', 'html', 'md']);
  for (const result of results) {
    assert.ok(result.ok);
    assert.equal(result.article.encoding, 'clipboard');
    assert.equal(result.article.title, TITLE);
    assert.deepEqual(result.article.paragraphs, PARAGRAPHS);
  }
  assert.equal(new Set(results.map((r) => r.ok && contentFingerprint(r.article))).size, 1);
});

test('a pasted HTML fragment', () => {
  const result = parsePastedText('<p>会议定于3月20日召开。</p><p>请各单位准时参加。</p><p>特此通知。</p>');
  assert.ok(result.ok);
  assert.equal(result.article.format, 'html');
  assert.deepEqual(result.article.paragraphs, ['会议定于3月20日召开。', '请各单位准时参加。', '特此通知。']);
});

test('nothing pasted', () => {
  assert.deepEqual(parsePastedText('  \n '), { ok: false, error: { code: 'empty', message: 'nothing was pasted' } });
});
