import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestDates } from './dates';
import { contextFor } from './testing';

function dates(body: string, publishedAt: string | null = '2024-03-15T09:30:00') {
  return suggestDates(contextFor(body, { publishedAt })).map((d) => [d.text, d.iso, d.precision]);
}

test('complete dates in the usual spellings', () => {
  assert.deepEqual(dates('时间：2023-06-12 22:21:12，另见2024/6/7和2024年9月24日。'), [
    ['2023-06-12', '2023-06-12', 'day'],
    ['2024/6/7', '2024-06-07', 'day'],
    ['2024年9月24日', '2024-09-24', 'day'],
  ]);
});

test('month and year precision, and year ranges', () => {
  assert.deepEqual(dates('2024年6月起实施《计划(2024—2026年)》，2025年底前完成。'), [
    ['2024年6月', '2024-06', 'month'],
    ['2024', '2024', 'year'],
    ['2026年', '2026', 'year'],
    ['2025年', '2025', 'year'],
  ]);
});

test('partial dates take the publication year, or last year when they would lie well after publication', () => {
  assert.deepEqual(dates('3月12日，对接会召开。12月28日，名单发布。11月3日下午，座谈会举行。'), [
    ['3月12日', '2024-03-12', 'day'],
    ['12月28日', '2023-12-28', 'day'],
    ['11月3日', '2023-11-03', 'day'],
  ]);
});

test('announcements look ahead, and 去年 / 明年 are read', () => {
  assert.deepEqual(dates('6月18日至6月20日，博览会将在郑州举办。'), [
    ['6月18日', '2024-06-18', 'day'],
    ['6月20日', '2024-06-20', 'day'],
  ]);
  assert.deepEqual(dates('去年3月20日签约，明年1月投产。'), [
    ['3月20日', '2023-03-20', 'day'],
    ['1月', '2025-01', 'month'],
  ]);
});

test('a bare day at a sentence start takes the publication month', () => {
  assert.deepEqual(dates('12日,河南省光电产业链专题会议在郑州召开。', '2023-06-12T22:21:12'), [['12日', '2023-06-12', 'day']]);
  assert.deepEqual(dates('会议要求，28日上午前报送材料。', '2023-06-12'), []);
  assert.deepEqual(dates('28日上午，座谈会召开。', '2023-06-02'), [['28日', '2023-05-28', 'day']]);
});

test('the second end of a range that omits the month', () => {
  assert.deepEqual(dates('2024年6月18日至20日举办。'), [
    ['2024年6月18日', '2024-06-18', 'day'],
    ['20日', '2024-06-20', 'day'],
  ]);
});

test('dates written in Chinese numerals', () => {
  assert.deepEqual(dates('二〇二四年九月二十四日印发，九月二十三日召开。', '2024-09-24'), [
    ['二〇二四年九月二十四日', '2024-09-24', 'day'],
    ['九月二十三日', '2024-09-23', 'day'],
  ]);
});

test('without a publication date, partial dates resolve against the first complete date', () => {
  assert.deepEqual(dates('2024年9月24日消息。9月23日，会议召开。', null), [
    ['2024年9月24日', '2024-09-24', 'day'],
    ['9月23日', '2024-09-23', 'day'],
  ]);
});

test('a date without a year is never dropped or silently guessed: the year is open, or said to be inferred', () => {
  const found = (body: string, publishedAt: string | null) => suggestDates(contextFor(body, { publishedAt })).map((d) => [d.text, d.iso, d.precision, d.yearFrom]);
  // Nothing gives the year: it is left for the researcher.
  assert.deepEqual(found('9月23日，会议召开。11月3日下午，现场推进会举行。', null), [
    ['9月23日', '--09-23', 'day', 'open'],
    ['11月3日', '--11-03', 'day', 'open'],
  ]);
  // The publication date gives it, and the suggestion says so; a written year is the text's.
  assert.deepEqual(found('9月23日，会议召开。2023年10月有新进展。', '2024-09-24T08:00:00'), [
    ['9月23日', '2024-09-23', 'day', 'inferred'],
    ['2023年10月', '2023-10', 'month', 'text'],
  ]);
});

test('each date carries its sentence', () => {
  const [date] = suggestDates(contextFor('会议指出，要抓落实。3月12日，对接会召开。', { publishedAt: '2024-03-15' }));
  assert.equal(date!.sentence.text, '3月12日，对接会召开。');
  assert.equal(date!.start, 10);
});

test('numbers that are not dates', () => {
  assert.deepEqual(dates('版本2.3.1，增长12.5%，编号2024-0012-AB，第3期。'), []);
});
