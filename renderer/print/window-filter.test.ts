import assert from 'node:assert/strict';
import { test } from 'node:test';
import { windowFilter } from './window-filter';

test('the window narrows the filter to the later start and the earlier end', () => {
  assert.deepEqual(windowFilter({ kinds: ['plan'] }, '2020-01-01', '2022-12-31'), { kinds: ['plan'], from: '2020-01-01', to: '2022-12-31' });
  assert.deepEqual(windowFilter({ from: '2021', to: '2030' }, '2020-06-01', '2022-12-31'), { from: '2021', to: '2022-12-31' });
  assert.deepEqual(windowFilter({ from: '2019-05' }, undefined, undefined), { from: '2019-05' });
});
