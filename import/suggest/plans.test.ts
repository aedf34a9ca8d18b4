import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestPlans } from './plans';
import { contextFor } from './testing';

function plans(body: string) {
  return suggestPlans(contextFor(body)).map((p) => [p.title, p.docKind, p.docNumber]);
}

test('plans and measures with their document numbers', () => {
  assert.deepEqual(plans('省政府办公厅印发《河南省新能源汽车产业链培育三年行动计划(2024—2026年)》(豫政办〔2024〕8号)。'), [
    ['河南省新能源汽车产业链培育三年行动计划(2024—2026年)', 'plan', '豫政办〔2024〕8号'],
  ]);
  assert.deepEqual(plans('出台了《长春市光电信息产业高质量发展若干措施(暂行)》和《支持先进制造业发展20条》。'), [
    ['长春市光电信息产业高质量发展若干措施(暂行)', 'measure', null],
    ['支持先进制造业发展20条', 'measure', null],
  ]);
});

test('a document number before the title, without the verb that introduces it', () => {
  assert.deepEqual(plans('省政府印发豫政〔2023〕12号《关于加快构建现代化产业体系的实施意见》。'), [
    ['关于加快构建现代化产业体系的实施意见', 'plan', '豫政〔2023〕12号'],
  ]);
});

test('other documents are kept as other, newspapers are not documents', () => {
  assert.deepEqual(plans('发布《光电信息产业发展白皮书(2024)》，据《河南日报》报道。'), [['光电信息产业发展白皮书(2024)', 'other', null]]);
});

test('the span covers the brackets and the title is the original text', () => {
  const [plan] = suggestPlans(contextFor('印發《行動計劃》。'));
  assert.deepEqual([plan!.text, plan!.title, plan!.start, plan!.docKind], ['《行動計劃》', '行動計劃', 2, 'plan']);
});
