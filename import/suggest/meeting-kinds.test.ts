import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestMeetingKinds } from './meeting-kinds';
import { contextFor } from './testing';

function kinds(title: string, body: string) {
  return suggestMeetingKinds(contextFor(body, { title })).map((k) => [k.kind, k.text, k.start]);
}

test('a special meeting on a chain is a chain meeting', () => {
  assert.deepEqual(kinds('全省光电产业链专题会议召开', '12日，全省光电产业链专题会议在郑州召开。\n\n会后调研企业。'), [['chain-meeting', '专题会议', 11]]);
});

test('each kind from title and lead, lead first, title-only with -1', () => {
  assert.deepEqual(kinds('2024国际光电博览会即将召开', '6月7日，光电产业新闻发布会召开。'), [
    ['press-conference', '新闻发布会', 9],
    ['expo-forum', '博览会', -1],
  ]);
});

test('work conferences, inspections, alliances and signings', () => {
  assert.deepEqual(kinds('标题', '全省未来产业发展工作会议在郑州召开。').map((k) => k[0]), ['work-conference']);
  assert.deepEqual(kinds('省长赴洛阳调研', '省长到企业考察。').map((k) => k[0]), ['inspection']);
  assert.deepEqual(kinds('光电产业联盟成立', '联盟成立大会举行，现场签约项目12个。').map((k) => k[0]), ['alliance-founding', 'signing']);
});

test('a special meeting without a chain, and plain meetings, are other', () => {
  assert.deepEqual(kinds('标题', '市政府召开专题会议研究防汛。').map((k) => k[0]), ['other']);
  assert.deepEqual(kinds('标题', '今天没有任何活动。'), []);
});
