import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashToRoute, routeToHash, type Route } from './route';

test('routes survive the round trip through the URL fragment', () => {
  const routes: Route[] = [
    { screen: 'records' },
    { screen: 'record', id: 'new', kind: 'measure', planId: '6f1c6a0e-0000-4000-8000-000000000001' },
    { screen: 'record', id: '6f1c6a0e-0000-4000-8000-000000000002' },
    { screen: 'sources', id: 'abc', at: 120, end: 150 },
    { screen: 'search', q: '光电 产业链' },
    { screen: 'taxonomies', tree: 'regions', id: 'r1' },
    { screen: 'trash' },
  ];
  for (const r of routes) assert.deepEqual(hashToRoute(routeToHash(r)), r);
});

test('anything unknown, including the access-token fragment, falls back to the records screen', () => {
  assert.deepEqual(hashToRoute('#token=abc'), { screen: 'records' });
  assert.deepEqual(hashToRoute('#/nowhere'), { screen: 'records' });
  assert.deepEqual(hashToRoute('#/record/x?kind=bogus'), { screen: 'record', id: 'x' });
});
