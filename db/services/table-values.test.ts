import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeOf, listItems, parseTarget, VOCAB } from './table-values';

describe('table cell values', () => {
  it('reads kinds, statuses and levels as codes, as the app words them in either language, or as researchers write them', () => {
    assert.equal(codeOf(VOCAB.kind, 'plan'), 'plan');
    assert.equal(codeOf(VOCAB.kind, '规划/计划'), 'plan');
    assert.equal(codeOf(VOCAB.kind, '行动计划'), 'plan');
    assert.equal(codeOf(VOCAB.kind, 'Meeting / event'), 'meeting');
    assert.equal(codeOf(VOCAB.kind, '會議'), 'meeting', 'traditional script too');
    assert.equal(codeOf(VOCAB.kind, '通知'), null);
    assert.equal(codeOf(VOCAB.status, '实施中'), 'in-force');
    assert.equal(codeOf(VOCAB.status, 'In force'), 'in-force');
    assert.equal(codeOf(VOCAB.subkind, '产业链专题会议'), 'chain-meeting');
    assert.equal(codeOf(VOCAB.level, '省级'), 'provincial');
  });

  it('splits lists on the separators researchers use', () => {
    assert.deepEqual(listItems('光电; 新材料，集成电路、 洛阳市\n郑州'), ['光电', '新材料', '集成电路', '洛阳市', '郑州']);
  });

  it('reads a target as the table export writes it', () => {
    assert.deepEqual(parseTarget('产业规模 900 亿元 (2026)'), { metric: '产业规模', value: 900, unit: '亿元', deadline: '2026' });
    assert.deepEqual(parseTarget('专精特新企业 180 家'), { metric: '专精特新企业', value: 180, unit: '家', deadline: null });
    assert.deepEqual(parseTarget('建成创新平台（2025）'), { metric: '建成创新平台', value: null, unit: '', deadline: '2025' });
    assert.deepEqual(parseTarget('打造千亿级产业集群'), { metric: '打造千亿级产业集群', value: null, unit: '', deadline: null });
  });
});
