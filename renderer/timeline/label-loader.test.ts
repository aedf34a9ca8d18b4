import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LABELS_MAX } from '../../api/contract/views';
import { Labels } from './label-loader';
import { timelineOf } from './layout/fixture';
import { buildModel } from './layout/model';

/** A model loaded as the screen loads it: numbers only, no ids or titles. */
function bare(n: number) {
  const r = timelineOf([], Array.from({ length: n }, (_, i) => ({ id: `r${i}`, firstDay: '2024-01-01', lastDay: '2024-01-01', lanes: [] })));
  delete r.items.id;
  delete r.items.title;
  return buildModel(r);
}
/** A server that knows every key but 3, and counts its calls. */
function server() {
  const calls: number[][] = [];
  const ask = async (keys: number[]) => {
    calls.push(keys);
    return { id: keys.map((k) => (k === 3 ? null : `id${k}`)), title: keys.map((k) => (k === 3 ? null : `标题${k}`)) };
  };
  return { calls, ask };
}

test('what one turn asks for goes in one call, each item once; listeners hear when it has come', async () => {
  const m = bare(5);
  const s = server();
  const l = new Labels(m, s.ask);
  let heard = 0;
  l.subscribe(() => heard++);
  [0, 1, 1, 4, 0].forEach((i) => l.want(i));
  assert.equal(m.titles[0], undefined, 'nothing before the call');
  await l.ensure([0]);
  assert.deepEqual(s.calls, [[m.keys[0], m.keys[1], m.keys[4]]]);
  assert.deepEqual([m.titles[0], m.ids[4]], [`标题${m.keys[0]}`, `id${m.keys[4]}`]);
  assert.equal(heard, 1);
  l.want(1);
  await l.ensure([1, 4]);
  assert.equal(s.calls.length, 1, 'loaded labels are not asked again');
});

test('a record gone since the load gets empty labels; a failed call is asked again', async () => {
  const m = bare(4);
  const s = server();
  await new Labels(m, s.ask).ensure([2]); // key 3: the fixture numbers keys from 1
  assert.deepEqual([m.ids[2], m.titles[2]], ['', '']);
  const m2 = bare(2);
  let fail = true;
  const l = new Labels(m2, async (keys) => {
    if (fail) throw new Error('offline');
    return s.ask(keys);
  });
  await l.ensure([0]);
  assert.equal(m2.titles[0], undefined);
  fail = false;
  await l.ensure([0]);
  assert.equal(m2.titles[0], `标题${m2.keys[0]}`);
});

test('more than a call may carry is split', async () => {
  const m = bare(LABELS_MAX + 10);
  const s = server();
  const l = new Labels(m, s.ask);
  for (let i = 0; i < m.count; i++) l.want(i);
  await l.ensure([m.count - 1]);
  assert.deepEqual(s.calls.map((c) => c.length), [LABELS_MAX, 10]);
  assert.ok(m.titles.every((t) => t !== undefined));
});
