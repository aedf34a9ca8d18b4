import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepFromFolder } from './importable';

test('folders keep article files and skip hidden entries and other types', () => {
  assert.equal(keepFromFolder('news/2024/article.HTML'), true);
  assert.equal(keepFromFolder('news/a.docx'), true);
  assert.equal(keepFromFolder('news/.DS_Store'), false);
  assert.equal(keepFromFolder('news/.git/config.txt'), false);
  assert.equal(keepFromFolder('news/photo.jpg'), false);
  assert.equal(keepFromFolder('news/README'), false);
});
