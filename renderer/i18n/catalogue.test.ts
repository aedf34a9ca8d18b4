import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from './en';
import { zh } from './zh';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
function vars(s: string): string[] {
  return [...new Set([...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]))].sort();
}

test('English has every Chinese key and no other', () => {
  assert.deepEqual(keys(en).sort(), keys(zh).sort());
});

test('both languages use the same interpolation variables', () => {
  const get = (o: object, path: string) => path.split('.').reduce<unknown>((a, k) => (a as Record<string, unknown>)[k], o) as string;
  for (const k of keys(zh)) assert.deepEqual(vars(get(en, k)), vars(get(zh, k)), k);
});
