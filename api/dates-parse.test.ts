import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeDate, parseDate, parseDateRange } from './dates-parse';

describe('dates as researchers write them', () => {
  it('reads every common written form at the precision written', () => {
    const cases: [string, string][] = [
      ['2024', '2024'], ['2024年', '2024'], ['2024-06', '2024-06'], ['2024-6', '2024-06'], ['2024年6月', '2024-06'], ['2024.6', '2024-06'], ['2024/06', '2024-06'],
      ['2024-06-12', '2024-06-12'], ['2024年6月12日', '2024-06-12'], ['2024年6月12号', '2024-06-12'], ['2024/06/12', '2024-06-12'], ['2024.6.12', '2024-06-12'],
      ['二〇二四年六月', '2024-06'], ['二〇二四年十二月三十一日', '2024-12-31'], ['二〇二四年', '2024'], ['２０２４年６月', '2024-06'], [' 2024 年 6 月 ', '2024-06'],
      ['二〇二三年十月二十日', '2023-10-20'],
    ];
    for (const [written, read] of cases) assert.equal(parseDate(written), read, written);
  });

  it('refuses what is not a real date rather than guessing', () => {
    for (const bad of ['2024-02-30', '2023年2月29日', '2024-13', '2024年13月', '24年6月', '6月12日', 'June 2024', '', '1800', '2024-06-12-01', '二〇二四年十三月'])
      assert.equal(parseDate(bad), null, bad);
    assert.equal(parseDate('2024-02-29'), '2024-02-29');
  });

  it('reads ranges, with a closing 年 shared by both ends', () => {
    assert.deepEqual(parseDateRange('2024—2026年'), { start: '2024', end: '2026' });
    assert.deepEqual(parseDateRange('2024-2026'), { start: '2024', end: '2026' });
    assert.deepEqual(parseDateRange('2024年6月至2025年3月'), { start: '2024-06', end: '2025-03' });
    assert.deepEqual(parseDateRange('2023-10 → 2023-11'), { start: '2023-10', end: '2023-11' });
    assert.deepEqual(parseDateRange('2024.6-2025.3'), { start: '2024-06', end: '2025-03' });
    assert.deepEqual(parseDateRange('2024-06-01~2024-06-30'), { start: '2024-06-01', end: '2024-06-30' });
    assert.deepEqual(parseDateRange('（2024—2026年）'.slice(1, -1)), { start: '2024', end: '2026' });
  });

  it('a single date is not a range, and a backwards range is none', () => {
    assert.equal(parseDateRange('2024-06'), null);
    assert.equal(parseDateRange('2024-06-12'), null);
    assert.equal(parseDateRange('2026—2024年'), null);
    assert.equal(parseDateRange('甲—乙'), null);
  });

  it('normalizes what it reads and leaves the rest for the validator', () => {
    assert.equal(normalizeDate('2024年6月'), '2024-06');
    assert.equal(normalizeDate(' 2024-02-30 '), '2024-02-30');
  });
});

describe('the contract reads written dates', () => {
  it('a record takes 2024年6月 as a month, a range in `date` as both ends, and refuses a day that does not exist', async () => {
    const { RecordInput } = await import('./contract/records');
    const { RecordFilter } = await import('./contract/filters');
    const r = RecordInput.parse({ kind: 'plan', title: '三年行动计划', date: '2024—2026年', issuedOn: '2024年3月' });
    assert.deepEqual([r.dateStart, r.dateEnd, r.issuedOn], ['2024', '2026', '2024-03']);
    const m = RecordInput.parse({ kind: 'meeting', title: '专题会议', dateStart: '二〇二三年十月二十日' });
    assert.deepEqual([m.dateStart, m.dateEnd], ['2023-10-20', undefined]);
    const bad = RecordInput.safeParse({ kind: 'meeting', title: '会议', date: '2023年2月29日' });
    assert.ok(!bad.success);
    assert.deepEqual(bad.error.issues[0].path, ['date']);
    assert.deepEqual(RecordFilter.parse({ from: '2024.6', to: '2024年12月' }), { from: '2024-06', to: '2024-12' });
  });
});
