import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { importText } from './import';
import { memoryDb, type TestDb } from '../test-helpers';

let t: TestDb;
beforeEach(() => (t = memoryDb()));
afterEach(() => t.close());

/** Imports a pasted article the way the UI does and drafts a record from it. */
async function draft(text: string, kind?: 'meeting' | 'plan' | 'measure') {
  const r = await importText(t.db, text, '粘贴的文本');
  assert.equal(r.status, 'imported', r.error ?? '');
  return t.api.imports.draft({ sourceId: r.sourceId!, ...(kind ? { kind } : {}) });
}

describe('drafting a record from an article', () => {
  it('finds the existing actor when the article writes the name in the other script', async () => {
    const known = await t.api.actors.save({ kind: 'person', name: '楼阳生' });
    const d = await draft('全省重点项目推进会召开\n\n9月23日，全省重点项目推进会在郑州召开。省委書記樓陽生出席並講話。');
    assert.deepEqual(d.record.actors?.map((a) => a.actorId), [known.id]);
    assert.deepEqual(d.newPeople, []);
  });

  it('puts the place a meeting was held among its regions, even when named once', async () => {
    const d = await draft('全省光电产业链推进会召开\n\n6月12日，全省光电产业链推进会在鹤壁召开。洛阳市、洛阳高新区、洛阳伊川县代表发言，洛阳光电企业集聚，洛阳市光电产业规模突破800亿元。', 'meeting');
    const names = (await t.api.taxonomy.regions({})).filter((n) => (d.record.regions as string[]).includes(n.id)).map((n) => n.name);
    assert.ok(names.includes('鹤壁市'), names.join(','));
  });

  it('takes a plan’s period from its title, not from the article’s date', async () => {
    const d = await draft('洛阳发布光电产业行动计划\n\n2024年3月5日，洛阳市人民政府印发《洛阳市光电产业链三年行动计划(2024—2026年)》，明确到2026年产业规模突破900亿元。', 'plan');
    assert.equal(d.record.dateStart, '2024');
    assert.equal(d.record.dateEnd, '2026');
  });

  it('leaves the date open when the article gives no year, instead of guessing', async () => {
    const d = await draft('推进会召开\n\n9月23日，全省光电产业链推进会召开。', 'meeting');
    assert.equal(d.record.dateStart, null);
  });
});
