import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestFirms } from './firms';
import { contextFor } from './testing';

function firms(body: string) {
  return suggestFirms(contextFor(body)).map((f) => f.name);
}

test('legal and institutional suffixes, with the verb in front cut off', () => {
  assert.deepEqual(firms('加快推进中豫具身智能实验室建设，由河南省文化旅游投资集团有限公司、郑州大学共同发起。'), [
    '中豫具身智能实验室', '河南省文化旅游投资集团有限公司', '郑州大学',
  ]);
});

test('firms listed before 等重点企业, without suffixes', () => {
  assert.deepEqual(firms('会上，中国电科第二十七研究所、中航光电、中光学、仕佳光子等重点企业代表发言。'), ['中国电科第二十七研究所', '中航光电', '中光学', '仕佳光子']);
});

test('generic phrases are not names, and a short form beside the full name is dropped', () => {
  assert.deepEqual(firms('建设高水平大学，支持龙头公司。'), []);
  assert.deepEqual(firms('中原汽车集团有限公司表示，中原汽车集团将扩产。'), ['中原汽车集团有限公司']);
});

test('institution names are whole: 与 and 和 inside a name are no edge, between two institutions they are', () => {
  const names = (body: string) => suggestFirms(contextFor(body)).map((f) => f.name);
  assert.deepEqual(names('依托先进光电材料与器件重点实验室开展攻关。'), ['先进光电材料与器件重点实验室']);
  assert.deepEqual(names('支持信息与通信工程研究院建设。'), ['信息与通信工程研究院']);
  assert.deepEqual(names('郑州大学与河南省光电研究院签约。'), ['郑州大学', '河南省光电研究院']);
});
