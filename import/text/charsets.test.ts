import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inBig5, inGb2312 } from './charsets';

test('standard Big5 holds traditional forms and shared characters, not simplified ones', () => {
  assert.ok(inBig5('產') && inBig5('台') && inBig5('后'));
  // iconv-lite encodes 业 through the HKSCS extension, which does not count.
  assert.ok(!inBig5('产') && !inBig5('业'));
});

test('GB2312 holds simplified forms and shared characters, not traditional ones', () => {
  assert.ok(inGb2312('产') && inGb2312('著'));
  assert.ok(!inGb2312('產') && !inGb2312('業'));
});
