import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeScore, measureText, undecodableReason } from './quality';

test('ordinary Chinese scores high and passes', () => {
  const q = measureText('全省新能源汽车产业链推进会在郑州召开，研究部署产业链培育发展工作。');
  assert.ok(decodeScore(q) > 0.8);
  assert.equal(undecodableReason(q), null);
});

test('rare-character soup, replacement characters, control bytes and Latin-1 soup are rejected', () => {
  assert.match(undecodableReason(measureText('鍏ㄧ渷鍏夌數浜т笟閾句笓棰樹細璁彫寮€锛岀爺绌舵帹鍔ㄥ厜鐢典骇涓氶摼')) ?? '', /rare/);
  assert.match(undecodableReason(measureText('正文\ufffd\ufffd\ufffd正文')) ?? '', /undecodable/);
  assert.match(undecodableReason(measureText('正文\u0001\u0002\u0003\u0004正文')) ?? '', /control/);
  assert.match(undecodableReason(measureText('È«Ê¡¹âµç²úÒµÁ´×¨Ìâ»áÒéÕÙ¿ª')) ?? '', /Latin/);
});

test('English passes', () => {
  assert.equal(undecodableReason(measureText('The chain meeting was held in Zhengzhou.')), null);
});
