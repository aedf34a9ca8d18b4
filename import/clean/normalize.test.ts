import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparable, normalizeText, splitLines, tidyParagraph } from './normalize';

test('every kind of space and line break becomes plain', () => {
  assert.equal(normalizeText('a\u00a0b\u3000c\r\nd\re\u200bf'), 'a b c\nd\nef');
  assert.deepEqual(splitLines('\u3000\u3000第一段。\r\n  第二段。 '), ['第一段。', '第二段。']);
});

test('paragraphs keep single spaces only', () => {
  assert.equal(tidyParagraph('江凌讲话   余广庆参加 '), '江凌讲话 余广庆参加');
});

test('comparable ignores spacing and punctuation width', () => {
  assert.equal(comparable('12日,河南省 召开。'), comparable('12日，河南省召开.'));
});
