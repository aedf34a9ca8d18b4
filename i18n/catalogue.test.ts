import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createI18n, fixedT, LANGS, NAMESPACES, resources } from '.';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
function vars(s: string): string[] {
  return [...new Set([...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]))].sort();
}
const get = (o: object, path: string) => path.split('.').reduce<unknown>((a, k) => (a as Record<string, unknown>)[k], o) as string;

test('every language has the same namespaces', () => {
  for (const lang of LANGS) assert.deepEqual(Object.keys(resources[lang]).sort(), [...NAMESPACES].sort(), lang);
});

for (const ns of NAMESPACES) {
  test(`${ns}: English has every Chinese key and no other`, () => {
    assert.deepEqual(keys(resources.en[ns]).sort(), keys(resources.zh[ns]).sort());
  });

  test(`${ns}: both languages use the same interpolation variables, and no text is empty`, () => {
    for (const k of keys(resources.zh[ns])) {
      assert.deepEqual(vars(get(resources.en[ns], k)), vars(get(resources.zh[ns], k)), `${ns}:${k}`);
      for (const lang of LANGS) assert.ok(get(resources[lang][ns], k).length > 0, `${lang} ${ns}:${k}`);
    }
  });
}

test('no namespace redefines a shared word of the common namespace', () => {
  const shared = new Set(keys(resources.zh.common));
  for (const ns of NAMESPACES.filter((n) => n !== 'common')) {
    for (const k of keys(resources.zh[ns])) assert.ok(!shared.has(k), `${ns}:${k} shadows common:${k}`);
  }
});

test('shared words are found from every namespace, in the language asked for', () => {
  assert.equal(fixedT('zh', 'timeline')('kinds.measure'), '措施');
  assert.equal(fixedT('en', 'print')('statuses.in-force'), 'In force');
  assert.equal(fixedT('en', 'timeline')('undated', { count: 3 }), '3 records have no date and are not shown');
  // A separate instance keeps its own language whatever another one switches to.
  const a = createI18n('en');
  const b = createI18n('zh');
  void b.changeLanguage('zh');
  assert.equal(a.t('nav.records'), 'Records');
});
