import assert from 'node:assert/strict';
import { test } from 'node:test';
import { suggestedFileName } from './file-name';

const day = new Date('2025-03-04T12:00:00Z');

test('an untitled report is named in its own language', () => {
  assert.equal(suggestedFileName({ title: '' }, day), '链策时间线 2025-03-04.pdf');
  assert.equal(suggestedFileName({ title: '  ', lang: 'en' }, day), 'Chainline timeline 2025-03-04.pdf');
});

test('a title is kept, with characters no file system allows replaced', () => {
  assert.equal(suggestedFileName({ title: '洛阳/郑州: 光电', lang: 'en' }, day), '洛阳 郑州 光电 2025-03-04.pdf');
});
