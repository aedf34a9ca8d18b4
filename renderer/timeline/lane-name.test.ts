import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANE_LABEL_KEYS } from '../../api/contract/views';
import { fixedT, LANGS } from '../../i18n';
import { laneName } from './lane-name';

test('every lane key the back end sends has words in every language', () => {
  for (const lang of LANGS) {
    const t = fixedT(lang, 'timeline');
    for (const key of LANE_LABEL_KEYS) assert.notEqual(laneName({ label: null, labelKey: key }, t), key, `${lang} ${key}`);
  }
});

test('a lane that is data keeps its name in every language', () => {
  assert.equal(laneName({ label: '洛阳市', labelKey: undefined }, fixedT('en', 'timeline')), '洛阳市');
  assert.equal(laneName({ label: null, labelKey: 'lanes.untagged' }, fixedT('en', 'timeline')), 'Untagged');
  assert.equal(laneName({ label: null, labelKey: 'kinds.measure' }, fixedT('zh', 'timeline')), '措施');
});
