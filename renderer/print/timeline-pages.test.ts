import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PrintView } from '../../api/contract/export';
import type { Lane } from '../../api/contract/views';
import { buildModel } from '../timeline/layout/model';
import { axisFormat } from '../timeline/layout/ticks';
import { sheet } from './geometry';
import { timelinePages } from './timeline-pages';
import { timelineOf, type FixtureItem } from '../timeline/layout/fixture';

const lane = (key: string, parentKey: string | null, depth: number): Lane => ({ key, label: key, parentKey, depth, count: 0 });
const item = (id: string, lanes: string[]): FixtureItem => ({
  id, kind: 'meeting', subkind: null, title: id, firstDay: '2024-03-05', lastDay: '2024-03-05', precision: 'day', status: null, planId: null, lanes,
});
// 全国 > 河南省 > 郑州市, 洛阳市; 全国 > 湖北省
const model = buildModel(
  timelineOf(
    [lane('cn', null, 1), lane('henan', 'cn', 2), lane('zhengzhou', 'henan', 3), lane('luoyang', 'henan', 3), lane('hubei', 'cn', 2)],
    [item('a', ['zhengzhou']), item('b', ['luoyang']), item('c', ['hubei'])],
  ),
);
const lanesPrinted = (view: PrintView) =>
  timelinePages(model, PrintView.parse({ laneBy: 'region', depth: 3, ...view }), sheet('A4'), axisFormat('zh')).flatMap((p) => p.parts.map((x) => x.track.key));

test('the print opens exactly the lanes open on screen: a province opened shows its cities under it', () => {
  assert.deepEqual(lanesPrinted({ open: ['cn', 'henan'] }), ['cn', 'henan', 'zhengzhou', 'luoyang', 'hubei']);
  assert.deepEqual(lanesPrinted({ open: ['cn'] }), ['cn', 'henan', 'hubei']);
});

test('every lane closed on screen prints closed; without a screen to follow, the lone root opens as the screen does on load', () => {
  assert.deepEqual(lanesPrinted({ open: [] }), ['cn']);
  assert.deepEqual(lanesPrinted({}), ['cn', 'henan', 'hubei']);
});
