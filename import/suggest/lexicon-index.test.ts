import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chainShortName, lexiconIndex, regionShortName, scanNames } from './lexicon-index';
import type { Lexicon } from '../types';

test('region short names', () => {
  assert.equal(regionShortName('河南省'), '河南');
  assert.equal(regionShortName('洛阳市'), '洛阳');
  assert.equal(regionShortName('广西壮族自治区'), '广西');
  assert.equal(regionShortName('延边朝鲜族自治州'), '延边');
  assert.equal(regionShortName('嵩县'), null);
  assert.equal(regionShortName('北京'), null);
});

test('chain short names', () => {
  assert.equal(chainShortName('新能源汽车产业链'), '新能源汽车');
  assert.equal(chainShortName('光电'), null);
});

test('longest match wins and the index is cached per lexicon', () => {
  const lexicon: Lexicon = {
    regions: [
      { id: 'sh', name: '上海市', aliases: ['沪'], level: 'province', parentId: null },
      { id: 'hn', name: '海南省', aliases: ['琼'], level: 'province', parentId: null },
      { id: 'ly', name: '洛阳市', aliases: [], level: 'city', parentId: null },
    ],
    chains: [],
  };
  const index = lexiconIndex(lexicon);
  assert.equal(lexiconIndex(lexicon), index);
  const hits = scanNames('上海南部与洛阳市、洛阳', index.regions).map((hit) => hit.candidate.text);
  assert.deepEqual(hits, ['上海', '洛阳市', '洛阳']);
});
