import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lexicon } from '../types';
import { lexiconIndex } from './lexicon-index';
import { suggestRegions } from './regions';
import { suggest } from './index';
import { articleOf, contextFor } from './testing';

const LEXICON: Lexicon = {
  regions: [
    { id: '41', name: '河南省', aliases: ['豫'], level: 'province', parentId: null },
    { id: '4101', name: '郑州市', aliases: [], level: 'city', parentId: '41' },
    { id: '4103', name: '洛阳市', aliases: [], level: 'city', parentId: '41' },
    { id: '4106', name: '鹤壁市', aliases: [], level: 'city', parentId: '41' },
    { id: '410102', name: '中原区', aliases: [], level: 'county', parentId: '4101' },
    { id: '22', name: '吉林省', aliases: ['吉'], level: 'province', parentId: null },
    { id: '2202', name: '吉林市', aliases: [], level: 'city', parentId: '22' },
    { id: '2113', name: '朝阳市', aliases: [], level: 'city', parentId: null },
    { id: '46', name: '海南省', aliases: ['琼'], level: 'province', parentId: null },
    { id: '31', name: '上海市', aliases: ['沪'], level: 'province', parentId: null },
  ],
  chains: [],
};

function regions(body: string, title = '标题') {
  return suggestRegions(contextFor(body, { title }), lexiconIndex(LEXICON).regions).map((r) => [r.name, r.text, r.count]);
}

test('full names and province or city short names, most mentioned first', () => {
  assert.deepEqual(regions('河南省光电会议在郑州召开，洛阳市、郑州等地参加。'), [
    ['郑州市', '郑州', 2],
    ['河南省', '河南省', 1],
    ['洛阳市', '洛阳市', 1],
  ]);
});

test('the longest name wins: 上海 in 上海南路 is not 海南', () => {
  assert.deepEqual(regions('上海南路的企业。'), [['上海市', '上海', 1]]);
});

test('spans point into the body, and traditional text matches', () => {
  const [region] = suggestRegions(contextFor('會議在鄭州召開。'), lexiconIndex(LEXICON).regions);
  assert.deepEqual([region!.name, region!.text, region!.start, region!.end], ['郑州市', '鄭州', 3, 5]);
});

test('a word that is also a city short name needs its full name, a place word or a list', () => {
  assert.deepEqual(regions('朝阳产业发展迅速。'), []);
  assert.deepEqual(regions('朝阳市出台政策，朝阳将建设产业园。'), [['朝阳市', '朝阳市', 2]]);
  assert.deepEqual(regions('企业落户朝阳。'), [['朝阳市', '朝阳', 1]]);
  assert.deepEqual(regions('洛阳、朝阳两地合作。'), [['洛阳市', '洛阳', 1], ['朝阳市', '朝阳', 1]]);
});

test('county short names need the same confirmation', () => {
  assert.deepEqual(regions('逐鹿中原，共谋发展。'), []);
  assert.deepEqual(regions('郑州市中原区召开会议，中原区委部署。'), [
    ['中原区', '中原区', 2],
    ['郑州市', '郑州市', 1],
  ]);
});

test('one-character abbreviations count only in document numbers', () => {
  assert.deepEqual(regions('豫政办〔2024〕8号文件印发。'), [['河南省', '豫', 1]]);
  assert.deepEqual(regions('豫见美好，吉祥如意。'), []);
});

test('a short name shared by two places goes to the one the text names in full, else the higher level', () => {
  assert.deepEqual(regions('吉林大学参加。'), [['吉林省', '吉林', 1]]);
  assert.deepEqual(regions('吉林市政府与吉林化纤合作。'), [['吉林市', '吉林市', 2]]);
});

test('a place only in the title is reported with offsets -1', () => {
  const [region] = suggestRegions(contextFor('会议召开。', { title: '洛阳市召开会议' }), lexiconIndex(LEXICON).regions);
  assert.deepEqual([region!.name, region!.start, region!.end, region!.text], ['洛阳市', -1, -1, '洛阳市']);
});

test('a place name inside a person name is no place', () => {
  const context = contextFor('省领导江凌、刘洛阳出席。');
  const names = suggestRegions(context, lexiconIndex(LEXICON).regions, undefined, [{ start: 8, end: 11 }]).map((r) => r.name);
  assert.deepEqual(names, []);
});

test('中国 inside a firm name is not a national mention; a city in a firm name still locates it', () => {
  const lexicon: Lexicon = { ...LEXICON, regions: [{ id: 'CN', name: '全国', aliases: ['中国'], level: 'national', parentId: null }, ...LEXICON.regions] };
  const names = (body: string) => suggest(articleOf(body), lexicon).regions.map((r) => r.name);
  const body = '中国电科第二十七研究所、洛阳钼业集团有限公司等企业代表发言。';
  assert.ok(suggest(articleOf(body), lexicon).firms.some((f) => f.name.startsWith('中国电科')), 'the firm is recognised');
  assert.deepEqual(names(body), ['洛阳市']);
  assert.deepEqual(names('中国光电产业发展大会在洛阳市召开。'), ['全国', '洛阳市']);
});
