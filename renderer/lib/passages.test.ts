import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphs } from './passages';

const body = '第一段。\n\n会议强调，要做大做强链主企业。推动延链补链。\n第三段';

test('paragraphs keep absolute offsets and skip blank lines', () => {
  const ps = paragraphs(body, [], null);
  assert.equal(ps.length, 3);
  for (const p of ps) assert.equal(body.slice(p.start, p.end), body.split('\n').find((l) => l && body.indexOf(l) === p.start));
  assert.deepEqual(ps[1].runs.map((r) => [r.start, r.end]), [[ps[1].start, ps[1].end]]);
});

test('citations and the jump target split runs at their exact boundaries', () => {
  const s = body.indexOf('要做大');
  const e = body.indexOf('推动') ;
  const ps = paragraphs(body, [{ id: 'c1', start: s, end: e }], { start: s, end: s + 3 });
  const runs = ps[1].runs.map((r) => ({ text: body.slice(r.start, r.end), cited: r.citations.length > 0, target: r.target }));
  assert.deepEqual(runs, [
    { text: '会议强调，', cited: false, target: false },
    { text: '要做大', cited: true, target: true },
    { text: '做强链主企业。', cited: true, target: false },
    { text: '推动延链补链。', cited: false, target: false },
  ]);
});

test('a citation spanning two paragraphs marks both parts', () => {
  const s = body.indexOf('延链');
  const e = body.indexOf('三段');
  const ps = paragraphs(body, [{ id: 'c', start: s, end: e }], null);
  assert.ok(ps[1].runs.some((r) => r.citations.includes('c') && body.slice(r.start, r.end) === '延链补链。'));
  assert.ok(ps[2].runs.some((r) => r.citations.includes('c') && body.slice(r.start, r.end) === '第'));
});
