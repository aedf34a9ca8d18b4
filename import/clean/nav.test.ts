import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNavLine } from './nav';

test('menus, breadcrumbs and buttons are navigation', () => {
  for (const line of [
    '首页 | 新闻 | 政务 | 经济 | 文化 | 视频',
    '要闻    城市    产业    专题    视频',
    '首页 新闻 政务 经济 文化 旅游',
    '您当前的位置:首页 >> 产业 > >>',
    '当前位置：首页 > 新闻中心 > 产业动态',
    '首页 > 要闻',
    'X 关闭',
    '返回顶部',
    '字号：大 中 小',
  ]) assert.ok(isNavLine(line), line);
});

test('headlines and body lines are not navigation', () => {
  for (const line of [
    '抢抓新赛道 把握主动权',
    '全省新能源汽车产业链推进会召开 张明远讲话 李卫国参加',
    '会议强调，要加快培育龙头企业、链主企业、专精特新企业、配套企业。',
    '一是抓创新 二是抓项目 三是抓企业 四是抓服务 五是抓环境',
  ]) assert.ok(!isNavLine(line), line);
});
