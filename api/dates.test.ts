import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PartialDate } from './contract/common';
import { firstDay, lastDay, precisionOf } from './dates';

describe('partial dates', () => {
  it('know their precision', () => {
    assert.deepEqual(['2023', '2023-06', '2023-06-12'].map(precisionOf), ['year', 'month', 'day']);
  });

  it('cover a span of days: first and last day', () => {
    assert.deepEqual([firstDay('2023'), lastDay('2023')], ['2023-01-01', '2023-12-31']);
    assert.deepEqual([firstDay('2023-06'), lastDay('2023-06')], ['2023-06-01', '2023-06-30']);
    assert.deepEqual([firstDay('2023-06-12'), lastDay('2023-06-12')], ['2023-06-12', '2023-06-12']);
    assert.equal(lastDay('2024-02'), '2024-02-29', 'leap year');
    assert.equal(lastDay('2023-02'), '2023-02-28');
    assert.equal(lastDay('1900-02'), '1900-02-28', 'century, not a leap year');
    assert.equal(lastDay('2000-02'), '2000-02-29');
    assert.equal(lastDay('2023-12'), '2023-12-31');
  });

  it('are validated: real calendar dates in 1900–2200 only', () => {
    for (const ok of ['2023', '2023-01', '2024-02-29', '1900', '2200-12-31']) assert.ok(PartialDate.safeParse(ok).success, ok);
    for (const bad of ['2023-02-29', '2023-00', '2023-13', '2023-06-31', '2023-06-00', '1899', '2201', '23', '2023-06-12T10:00', '2023-6-31']) {
      assert.ok(!PartialDate.safeParse(bad).success, bad);
    }
  });

  it('are read from the ways researchers write them and kept in the canonical form', () => {
    for (const [written, read] of [['2023-6', '2023-06'], ['2023/06', '2023-06'], [' 2023', '2023'], ['２０２３', '2023'], ['2023年6月', '2023-06']])
      assert.equal(PartialDate.parse(written), read, written);
  });
});
