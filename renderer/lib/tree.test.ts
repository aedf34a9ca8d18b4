import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TreeNode } from '../../api/contract/taxonomy';
import { indexTree, matching, pathOf, subtree } from './tree';

const n = (id: string, parentId: string | null, name: string, count = 0, aliases: string[] = []): TreeNode => ({ id, parentId, name, en: '', level: 'x', aliases, code: null, count });
const t = indexTree([n('hn', null, '河南省', 1, ['豫']), n('ly', 'hn', '洛阳市', 2), n('ych', 'ly', '伊川县', 3), n('hb', null, '湖北省'), n('orphan', 'gone', '孤儿')]);

test('subtree counts add up children', () => {
  assert.equal(t.subtreeCount.get('hn'), 6);
  assert.equal(t.subtreeCount.get('hb'), 0);
});

test('a node whose parent is missing shows at the top', () => {
  assert.ok(t.children.get('')!.some((x) => x.id === 'orphan'));
});

test('paths, subtrees and search (by alias too, keeping ancestors)', () => {
  assert.deepEqual(pathOf(t, 'ych').map((x) => x.name), ['河南省', '洛阳市', '伊川县']);
  assert.deepEqual([...subtree(t, 'ly')].sort(), ['ly', 'ych']);
  assert.deepEqual([...matching(t, '伊川')!].sort(), ['hn', 'ly', 'ych']);
  assert.deepEqual([...matching(t, '豫')!], ['hn']);
  assert.equal(matching(t, '  '), null);
});
