import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOCX_PARAGRAPHS, OUTLET, PARAGRAPHS, PUBLISHED_AT, TITLE } from '../fixtures/articles';
import { docxFromParagraphs } from '../fixtures/docx';
import { parseDocx } from './docx';

test('a Word document', async () => {
  const result = await parseDocx(docxFromParagraphs(DOCX_PARAGRAPHS), 'a.docx');
  assert.ok(result.ok);
  const { article } = result;
  assert.equal(article.format, 'docx');
  assert.equal(article.encoding, 'binary');
  assert.equal(article.title, TITLE);
  assert.equal(article.outlet, OUTLET);
  assert.equal(article.publishedAt, PUBLISHED_AT);
  assert.deepEqual(article.paragraphs, PARAGRAPHS);
});

test('a truncated or fake Word document is corrupt', async () => {
  const bytes = docxFromParagraphs(DOCX_PARAGRAPHS);
  for (const broken of [bytes.subarray(0, bytes.length >> 1), new TextEncoder().encode('PK\x03\x04 not really a zip')]) {
    const result = await parseDocx(broken, 'a.docx');
    assert.equal(!result.ok && result.error.code, 'corrupt');
  }
});

test('a Word document without text is empty', async () => {
  const result = await parseDocx(docxFromParagraphs([]), 'blank.docx');
  assert.equal(!result.ok && result.error.code, 'empty');
});
