import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold } from './fold';

describe('fold', () => {
  it('maps traditional characters to simplified', () => {
    assert.equal(fold('產業鏈'), '产业链');
    assert.equal(fold('發展'), '发展');
    assert.equal(fold('洛陽市'), '洛阳市');
    assert.equal(fold('高質量發展'), '高质量发展');
    assert.equal(fold('臺灣'), '台湾');
  });

  it('leaves simplified text as it is', () => {
    const s = '河南省召开光电产业链专题会议';
    assert.equal(fold(s), s);
  });

  it('lower-cases ASCII and turns full-width forms into half-width', () => {
    assert.equal(fold('AI 5G Chip'), 'ai 5g chip');
    assert.equal(fold('ＡＩ１２３'), 'ai123');
    assert.equal(fold('（二）'), '(二)');
    assert.equal(fold('a\u3000b'), 'a b');
  });

  it('never changes the length, so offsets in folded text are offsets in the original', () => {
    const samples = [
      '產(chǎn)業(yè)鏈',
      '河南省人民政府關於印發《洛陽市光電產業鏈三年行動計劃（2024—2026年）》的通知',
      'Ａ𠀀B𪚥產', // astral characters (surrogate pairs) among others
      'ÄÖÜ ÉÈ çà ß İ', // letters whose lower case is longer in some locales
      '',
    ];
    for (const s of samples) assert.equal(fold(s).length, s.length, s);
    const text = '推動產業鏈高質量發展';
    const at = fold(text).indexOf('产业链');
    assert.equal(text.slice(at, at + 3), '產業鏈');
  });

  it('is idempotent', () => {
    const s = '產業鏈 ＡＩ 5G 洛陽';
    assert.equal(fold(fold(s)), fold(s));
  });
});
