import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lexicon } from '../types';
import { suggestBodies } from './bodies';
import { lexiconIndex } from './lexicon-index';
import { regionHits } from './regions';
import { contextFor } from './testing';

const LEXICON: Lexicon = {
  regions: [
    { id: '41', name: '河南省', aliases: [], level: 'province', parentId: null },
    { id: '4103', name: '洛阳市', aliases: [], level: 'city', parentId: '41' },
    { id: '2201', name: '长春市', aliases: [], level: 'city', parentId: null },
  ],
  chains: [],
};

function bodies(body: string) {
  const context = contextFor(body);
  const scanned = regionHits(context, lexiconIndex(LEXICON).regions);
  return suggestBodies(context, scanned.hits, scanned.bodyShift).map((b) => b.name);
}

test('provincial bodies by level, city bodies with their city', () => {
  assert.deepEqual(bodies('省工信厅、省发改委、省科技厅汇报，洛阳市人民政府和长春市工业和信息化局发言。'), [
    '省工信厅', '省发改委', '省科技厅', '洛阳市人民政府', '长春市工业和信息化局',
  ]);
});

test('party bodies and national ministries', () => {
  assert.deepEqual(bodies('中共河南省委、洛阳市委宣传部和工业和信息化部、国务院联合部署。'), ['中共河南省委', '洛阳市委宣传部', '工业和信息化部', '国务院']);
});

test('a city body without its city is too vague, and each body is listed once', () => {
  assert.deepEqual(bodies('各省辖市政府发言，市委书记参加。省工信厅牵头，省工信厅负责。'), ['省工信厅']);
});
