import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinWrappedLines } from './wrapped';

test('joins hard-wrapped lines of equal width', () => {
  const lines = ['15日上午，全省新能源汽车产业链推进会在郑州', '召开，研究推动产业链培育发展工作，部署下一', '步重点任务。', '', '会议要求抓好落实。'];
  assert.deepEqual(joinWrappedLines(lines), ['15日上午，全省新能源汽车产业链推进会在郑州召开，研究推动产业链培育发展工作，部署下一步重点任务。', '会议要求抓好落实。']);
});

test('keeps one-paragraph-per-line text apart', () => {
  const lines = ['楼某强调，要把准主攻方向，努力实现新的突破。', '一要培育发展未来制造产业。聚焦人形机器人等赛道。', '二要培育发展未来信息产业。'];
  assert.deepEqual(joinWrappedLines(lines), lines);
});

test('does not join a short heading to the text after it, nor a list item to the line before', () => {
  assert.deepEqual(joinWrappedLines(['会议强调', '要深化对产业链的调查研究，立足全省，放眼全国。']), ['会议强调', '要深化对产业链的调查研究，立足全省，放眼全国。']);
  assert.deepEqual(joinWrappedLines(['主要任务包括以下几个方面的重点工作内容', '（一）强化创新引领']), ['主要任务包括以下几个方面的重点工作内容', '（一）强化创新引领']);
});

test('joins wrapped English with a space and mends hyphenation', () => {
  assert.deepEqual(joinWrappedLines(['The provincial optoelectronics chain meeting was', 'held in Zhengzhou to discuss the develop-', 'ment plan.']), [
    'The provincial optoelectronics chain meeting was held in Zhengzhou to discuss the development plan.',
  ]);
});

test('a book-length block of short lines with no blank line between them is joined without running out of stack', () => {
  // 300,000 lines, as in a 50 MB text file with one sentence a line (Math.max(...lines) overflowed here).
  const lines = Array.from({ length: 300_000 }, (_, i) => `第${i}行，产业链发展。`);
  const paragraphs = joinWrappedLines(lines);
  assert.equal(paragraphs.length, lines.length);
  assert.equal(paragraphs.at(-1), '第299999行，产业链发展。');
});

test('a block of 100,000 hard-wrapped lines is joined into one paragraph (it used to take minutes: the join re-read the paragraph at each line)', () => {
  // Every line fills the block's width and ends mid-sentence, so all of them join.
  const lines = Array.from({ length: 100_000 }, (_, i) => `产业链发展第${String(i).padStart(6, '0')}项措施和`);
  assert.deepEqual(joinWrappedLines(lines), [lines.join('')]);
});

test('an English word split by a hyphen at a wrapped line end is joined without the hyphen', () => {
  const lines = ['The semiconductor chain policy was announced by', 'the ministry of industry and the first develop-', 'ment plan followed in the spring of next year.'];
  assert.deepEqual(joinWrappedLines(lines), ['The semiconductor chain policy was announced by the ministry of industry and the first development plan followed in the spring of next year.']);
});
