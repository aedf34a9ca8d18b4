import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripPronunciationGlosses } from './glosses';

test('removes glosses with tone marks, tone numbers and full-width parentheses', () => {
  assert.equal(stripPronunciationGlosses('光電產(chǎn)業(yè)鏈'), '光電產業鏈');
  assert.equal(stripPronunciationGlosses('產(chan3)業(ye4)'), '產業');
  assert.equal(stripPronunciationGlosses('鏈（liàn）長'), '鏈長');
  assert.equal(stripPronunciationGlosses('產業(chǎn yè)鏈'), '產業鏈');
});

test('keeps real parenthesised text', () => {
  const kept = '《若干措施(暂行)》和《行动计划(2024—2026年)》支持人工智能(AI)与长春(Changchun)发展';
  assert.equal(stripPronunciationGlosses(kept), kept);
});
