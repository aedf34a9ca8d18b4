import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, simplifiedChar } from './fold';

test('folds traditional and variant characters to simplified', () => {
  assert.equal(foldText('光電產業鏈'), '光电产业链');
  assert.equal(simplifiedChar('産'), '产');
  assert.equal(simplifiedChar('衞'), '卫');
});

test('keeps the length so offsets stay valid', () => {
  const text = '河南省「光電」產業 ２０２４年 abc 𠀀字';
  const folded = foldText(text);
  assert.equal(folded.length, text.length);
  assert.equal(folded, '河南省「光电」产业 2024年 abc 𠀀字');
});

test('returns the same string when nothing changes', () => {
  const text = '光电产业链专题会议';
  assert.equal(foldText(text), text);
});
