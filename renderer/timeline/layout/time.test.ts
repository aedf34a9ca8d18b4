import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOf, dayOfYmd, ymdOf } from './time';

test('ymdOf agrees with Date over four centuries, before 1970 included', () => {
  for (let day = dayOf('1800-01-01'); day <= dayOf('2200-12-31'); day++) {
    const t = new Date(day * 86_400_000);
    const want = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
    const got = ymdOf(day + 0.5);
    if (got.y !== want.y || got.m !== want.m || got.d !== want.d) assert.deepEqual(got, want, `day ${day}`);
  }
  assert.deepEqual(ymdOf(dayOfYmd(2024, 2, 29)), { y: 2024, m: 2, d: 29 });
});
