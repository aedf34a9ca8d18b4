import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestTargets } from './targets';
import { contextFor } from './testing';

function targets(body: string, publishedAt = '2024-06-07T16:47:56') {
  return suggestTargets(contextFor(body, { publishedAt })).map((t) => [t.value, t.unit, t.what, t.year]);
}

test('the examples: scale, firm count, specialised SMEs', () => {
  assert.deepEqual(targets('规模突破900亿元。'), [[900, '亿元', '规模', null]]);
  assert.deepEqual(targets('今年全市光电信息产业规模力争突破900亿元，企业户数达到900户以上。'), [
    [900, '亿元', '光电信息产业规模', 2024],
    [900, '户', '企业户数', 2024],
  ]);
  assert.deepEqual(targets('今年“专精特新”企业达到180户以上。'), [[180, '户', '专精特新企业', 2024]]);
});

test('deadlines, decimals and units with 万', () => {
  assert.deepEqual(targets('明确到2026年，全省新能源汽车产量突破1.5万辆，动力电池产能达到80吉瓦时，培育专精特新企业50家以上。'), [
    [1.5, '万辆', '新能源汽车产量', 2026],
    [80, '吉瓦时', '动力电池产能', 2026],
    [50, '家', '专精特新企业', 2026],
  ]);
});

test('the noun after the number when no subject precedes it', () => {
  assert.deepEqual(targets('推动200项以上科技成果转化落地。'), [[200, '项', '科技成果', null]]);
});

test('reported facts, dates, document numbers and quoted names are not targets', () => {
  assert.deepEqual(targets('去年全省新能源汽车产量为30万辆。'), []);
  assert.deepEqual(targets('将于2024年6月18日举办，豫政〔2023〕12号文件要求落实“星光20条”以上政策。'), []);
});

test('each target carries its sentence and span', () => {
  const [target] = suggestTargets(contextFor('会议召开。规模突破900亿元。', { publishedAt: '2024-06-07' }));
  assert.equal(target!.sentence.text, '规模突破900亿元。');
  assert.equal(target!.text, '900亿元');
  assert.equal(target!.start, 9);
});

test('figures about an event (floor area, exhibitors, visitors, guests, sessions) are not plan targets', () => {
  assert.deepEqual(
    targets('本届博览会展示规模达5万余平方米，将有600余家企业参展，其中国际企业20家，邀请院士15位，专业观众预计超过3万人次，举办主体活动8项。'),
    [],
  );
  // The same article's aims still are.
  assert.deepEqual(targets('本届博览会将有600余家企业参展。今年全市光电信息产业规模力争突破900亿元。'), [[900, '亿元', '光电信息产业规模', 2024]]);
});
