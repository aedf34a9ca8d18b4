import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentFingerprint, normalisedForFingerprint } from './fingerprint';
import type { ParsedArticle } from './types';

function article(body: string): ParsedArticle {
  return { format: 'txt', encoding: 'UTF-8', raw: body, title: 't', titleProvisional: false, originalTitle: null, outlet: null, reporter: null, url: null, publishedAt: null, script: 'simplified', paragraphs: [body], body };
}

test('script, punctuation width and spacing do not change the fingerprint', () => {
  const a = contentFingerprint(article('15日上午，全省新能源汽车产业链推进会在郑州召开。\n\n会议要求抓好落实。'));
  const b = contentFingerprint(article('15日上午,全省新能源汽車產業鏈推進會在鄭州召開.\n會議要求抓好落實。'));
  assert.equal(a, b);
  assert.match(a, /^[0-9a-f]{64}$/);
});

test('different text gives a different fingerprint', () => {
  assert.notEqual(contentFingerprint(article('会议要求抓好落实。')), contentFingerprint(article('会议要求抓好整改。')));
});

test('full-width digits and letters fold to ASCII', () => {
  assert.equal(normalisedForFingerprint('２０２４年ＡＩ'), '2024年ai');
});
