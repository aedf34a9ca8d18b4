import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lexicon } from '../types';
import { suggestChains } from './chains';
import { lexiconIndex } from './lexicon-index';
import { contextFor } from './testing';

const LEXICON: Lexicon = {
  regions: [],
  chains: [
    { id: 'c1', name: '电子信息', aliases: [], level: 'cluster', parentId: null },
    { id: 'oe', name: '光电产业链', aliases: ['光电产业', '光電產業鏈'], level: 'chain', parentId: 'c1' },
    { id: 'nev', name: '新能源汽车产业链', aliases: [], level: 'chain', parentId: null },
    { id: 'car', name: '汽车产业链', aliases: [], level: 'chain', parentId: null },
    { id: 'fut', name: '未来产业', aliases: [], level: 'cluster', parentId: null },
  ],
};

function chains(body: string, title = '标题') {
  return suggestChains(contextFor(body, { title }), lexiconIndex(LEXICON).chains).map((c) => [c.id, c.text, c.count]);
}

test('names, aliases and short names, counted, in either script', () => {
  assert.deepEqual(chains('光电产业链专题会议召开。光電產業鏈發展迅速，光电企业集聚，光电产业前景广阔。'), [['oe', '光电产业链', 4]]);
});

test('the longest name wins: 新能源汽车 is not also 汽车', () => {
  assert.deepEqual(chains('新能源汽车产业链推进会召开，汽车零部件企业参加。'), [
    ['nev', '新能源汽车产业链', 1],
    ['car', '汽车', 1],
  ]);
});

test('a generic suffix is not cut into a generic word', () => {
  assert.deepEqual(chains('顺应产业未来发展趋势。'), []);
  assert.deepEqual(chains('培育发展未来产业。'), [['fut', '未来产业', 1]]);
});

test('title mentions count, and a chain only in the title has offsets -1', () => {
  const [chain] = suggestChains(contextFor('会议召开。', { title: '光电产业链专题会议召开' }), lexiconIndex(LEXICON).chains);
  assert.deepEqual([chain!.id, chain!.count, chain!.start], ['oe', 1, -1]);
});

test('two nodes of the same name (in two taxonomies) are suggested once', () => {
  const lexicon: Lexicon = {
    regions: [],
    chains: [
      { id: 'henan-bio', name: '生物医药', aliases: [], level: 'chain', parentId: null },
      { id: 'sei-bio', name: '生物医药', aliases: [], level: 'chain', parentId: null },
    ],
  };
  const found = suggestChains(contextFor('发展生物医药产业，生物医药企业集聚。', { title: '标题' }), lexiconIndex(lexicon).chains);
  assert.deepEqual(found.map((c) => [c.id, c.name]), [['henan-bio', '生物医药']]);
});
