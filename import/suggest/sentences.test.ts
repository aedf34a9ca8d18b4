import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SentenceIndex } from './sentences';

test('the sentence around an offset, with its closing punctuation', () => {
  const text = '会议指出，产业很重要。会议强调：“要抓落实！”\n\n第二段没有句号';
  const index = new SentenceIndex(text);
  assert.deepEqual(index.at(2), { text: '会议指出，产业很重要。', start: 0, end: 11 });
  assert.equal(index.at(13).text, '会议强调：“要抓落实！”');
  assert.equal(index.at(text.length - 1).text, '第二段没有句号');
});
