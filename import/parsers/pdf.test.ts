import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ASCII_LINES, ASCII_PARAGRAPHS, ASCII_TITLE } from '../fixtures/articles';
import { pdfFromLines } from '../fixtures/pdf';
import { closeCjkGaps, parsePdf } from './pdf';

test('a PDF with a text layer: wrapped lines joined into paragraphs', async () => {
  const result = await parsePdf(pdfFromLines(ASCII_LINES, ASCII_TITLE), 'a.pdf');
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const { article } = result;
  assert.equal(article.format, 'pdf');
  assert.equal(article.title, ASCII_TITLE);
  assert.equal(article.script, 'none');
  assert.deepEqual(article.paragraphs, ASCII_PARAGRAPHS);
});

test('a producer file name is no title', async () => {
  const result = await parsePdf(pdfFromLines(ASCII_LINES, 'Microsoft Word - draft.docx'), 'a.pdf');
  assert.ok(result.ok);
  assert.equal(result.article.title, ASCII_TITLE);
});

test('a truncated PDF is corrupt, a PDF without text is empty', async () => {
  const bytes = pdfFromLines(ASCII_LINES, ASCII_TITLE);
  const truncated = await parsePdf(bytes.subarray(0, 200), 'a.pdf');
  assert.equal(!truncated.ok && truncated.error.code, 'corrupt');
  const blank = await parsePdf(pdfFromLines([], 'Blank'), 'b.pdf');
  assert.equal(!blank.ok && blank.error.code, 'empty');
});

test('gaps between Chinese glyphs are closed, gaps between words kept', () => {
  assert.equal(closeCjkGaps('光 电 产 业 链 推 进 会 。 2024 Light 会议'), '光电产业链推进会。 2024 Light 会议');
});
