import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendsTitle, pageTitleWithoutSite, stripHeadlineArtefacts } from './headline';

test('column tags appended by aggregators are removed', () => {
  assert.equal(stripHeadlineArtefacts('全省新能源汽车产业链推进会召开 当前关注'), '全省新能源汽车产业链推进会召开');
  assert.equal(stripHeadlineArtefacts('推进会召开 天天快讯'), '推进会召开');
  assert.equal(stripHeadlineArtefacts('抢抓新赛道 把握主动权'), '抢抓新赛道 把握主动权');
});

test('site names are removed from page titles', () => {
  assert.equal(pageTitleWithoutSite('全省新能源汽车产业链推进会召开_中原网'), '全省新能源汽车产业链推进会召开');
  assert.equal(pageTitleWithoutSite('全省新能源汽车产业链推进会召开 - 中原网 - 新闻'), '全省新能源汽车产业链推进会召开');
  assert.equal(pageTitleWithoutSite('推进会召开'), '推进会召开');
});

test('a fuller headline extends a shortened one', () => {
  assert.ok(extendsTitle('全省新能源汽车产业链推进会召开张明远讲话 李卫国参加', '全省新能源汽车产业链推进会召开'));
  assert.ok(extendsTitle('全省新能源汽车产业链推进会召开张明远讲话', '全省新能源汽车产业链推进会召开 未知栏目'));
  assert.ok(!extendsTitle('会议强调', '全省新能源汽车产业链推进会召开'));
});
