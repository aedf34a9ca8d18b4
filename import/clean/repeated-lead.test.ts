import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removeRepeatedLead } from './repeated-lead';

const LEAD = '15日上午，全省新能源汽车产业链推进会在郑州召开，研究推动产业链培育发展工作。';

test('drops the first copy of a lead repeated after a sub-headline', () => {
  const paragraphs = [LEAD, '新能源汽车产业链推进会召开 张明远讲话', LEAD, '会上，省工信厅汇报了有关情况。'];
  assert.deepEqual(removeRepeatedLead(paragraphs), paragraphs.slice(1));
});

test('also when the copies differ only in punctuation width', () => {
  const paragraphs = [LEAD, '推进会召开', LEAD.replace('，', ',')];
  assert.deepEqual(removeRepeatedLead(paragraphs), paragraphs.slice(1));
});

test('keeps a paragraph repeated far away or after running text', () => {
  const paragraphs = [LEAD, '会上，省工信厅汇报了有关情况。', LEAD];
  assert.deepEqual(removeRepeatedLead(paragraphs), paragraphs);
});
