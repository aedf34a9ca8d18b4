import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecordInput } from '../../api/contract/records';
import { draftToInput, emptyDraft, newKey } from './draft';

test('an empty meeting draft with a title is valid input', () => {
  const d = { ...emptyDraft('meeting'), title: '专题会议', dateStart: '2024-06' };
  const parsed = RecordInput.safeParse(draftToInput(d));
  assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues));
  assert.equal(parsed.data.dateStart, '2024-06');
});

test('numbers typed with separators or full-width digits are read as numbers', () => {
  const d = {
    ...emptyDraft('plan'),
    title: '行动计划',
    amountValue: '1,200',
    amountUnit: '亿元',
    targets: [{ key: newKey(), metric: '产业规模', value: '９００', unit: '亿元', deadline: '2026', scope: '', baseline: '', notes: '', progress: [] }],
  };
  const input = draftToInput(d);
  assert.deepEqual(input.amount, { value: 1200, unit: '亿元' });
  assert.equal(input.targets?.[0].value, 900);
  assert.ok(RecordInput.safeParse(input).success);
});

test('fields that do not belong to the kind are not sent (targets of a meeting, instrument of a plan)', () => {
  const d = { ...emptyDraft('meeting'), title: '会议', instrument: 'fund', status: 'announced' as const };
  d.targets = [{ key: newKey(), metric: 'x', value: '1', unit: '', deadline: '', scope: '', baseline: '', notes: '', progress: [] }];
  const input = draftToInput(d);
  assert.equal(input.instrument, null);
  assert.equal(input.status, null);
  assert.deepEqual(input.targets, []);
});

test('a value that is not a number stays invalid so the API names the field', () => {
  const d = { ...emptyDraft('measure'), title: '基金', amountValue: '很多', amountUnit: '亿元' };
  const parsed = RecordInput.safeParse(JSON.parse(JSON.stringify(draftToInput(d))));
  assert.ok(!parsed.success);
  assert.equal(parsed.error.issues[0].path.join('.'), 'amount.value');
});
