import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RecordFilter } from '../../api/contract/filters';
import { memoryDb, rejectsWith, type TestDb } from '../test-helpers';

// One small research log, read by every filter below.
let t: TestDb;
let chief: string;
let firm: string;
before(async () => {
  t = memoryDb();
  chief = (await t.api.actors.save({ kind: 'person', name: '王某某' })).id;
  firm = (await t.api.actors.save({ kind: 'firm', name: '中航光电' })).id;
  const add = (r: Parameters<TestDb['add']>[0]) => t.add(r);
  await add({ kind: 'meeting', title: 'A 洛阳光电会', date: '2023-06-12', chains: ['光电'], regions: ['洛阳市'], tags: ['专精特新'], actors: [{ actorId: chief, role: 'chair' }] });
  await add({ kind: 'plan', title: 'B 河南动力电池计划', dateStart: '2024', dateEnd: '2026', chains: ['动力电池'], regions: ['河南省'], status: 'in-force' });
  await add({
    kind: 'measure', title: 'C 郑州芯片与光电措施', date: '2024-03', chains: ['集成电路', '光电'], regions: ['郑州市'], status: 'announced',
    instrument: 'PI013', tags: ['进口替代', '专精特新'], actors: [{ actorId: firm, role: 'chain-leader-firm' }],
  });
  await add({ kind: 'meeting', title: 'D 北京新材料论坛', date: '2023-06', chains: ['新材料产业'], regions: ['北京市'], summary: '讨论高质量发展' });
  await add({ kind: 'plan', title: 'E 全国规划', date: '2020', regions: ['全国'], status: 'expired', tags: ['专精特新'] });
  await add({ kind: 'meeting', title: 'F 未注明', summary: '洛阳' });
  await add({ kind: 'measure', title: 'G 光电上游材料补贴', date: '2025-01', chains: ['光电产业链上游'], regions: ['洛阳'], status: 'in-force', instrument: 'PI008' });
});
after(() => t.close());

const titles = async (filter: RecordFilter): Promise<string> =>
  (await t.api.records.list({ filter, sort: 'title' })).rows.map((r) => r.title[0]).join('');

describe('records.list filters', () => {
  it('with no filter lists every live record', async () => {
    assert.equal(await titles({}), 'ABCDEFG');
  });

  it('pages a linked filter with its total, also past the end (one pass: the page and a window count)', async () => {
    const filter = { chains: ['光电'] };
    const all = await t.api.records.list({ filter, sort: 'title' });
    assert.deepEqual([all.total, all.rows.map((r) => r.title[0]).join('')], [3, 'ACG']);
    const second = await t.api.records.list({ filter, sort: 'title', page: { offset: 1, limit: 1 } });
    assert.deepEqual([second.total, second.rows.map((r) => r.title[0])], [3, ['C']]);
    const past = await t.api.records.list({ filter, sort: 'title', page: { offset: 5, limit: 2 } });
    assert.deepEqual([past.total, past.rows], [3, []]);
  });

  it('kinds', async () => {
    assert.equal(await titles({ kinds: ['meeting'] }), 'ADF');
    assert.equal(await titles({ kinds: ['plan', 'measure'] }), 'BCEG');
  });

  it('a chain includes its subtree: a cluster its chains, a chain its segments', async () => {
    assert.equal(await titles({ chains: ['光电'] }), 'ACG');
    assert.equal(await titles({ chains: ['河南·电子信息'] }), 'ACG');
    assert.equal(await titles({ chains: ['电子信息产业集群'] }), 'ACG', 'by a synonym of the cluster');
    assert.equal(await titles({ chains: ['河南·新能源汽车'] }), 'B');
    assert.equal(await titles({ chains: ['光电产业链上游'] }), 'G', 'a segment has no subtree beyond itself');
    assert.equal(await titles({ chains: ['集成电路', '动力电池'] }), 'BC', 'several chains: any of them');
  });

  it('a region includes its subtree: a province its cities, the nation every province', async () => {
    assert.equal(await titles({ regions: ['河南省'] }), 'ABCG');
    assert.equal(await titles({ regions: ['豫'] }), 'ABCG');
    assert.equal(await titles({ regions: ['洛阳'] }), 'AG');
    assert.equal(await titles({ regions: ['全国'] }), 'ABCDEG');
    assert.equal(await titles({ regions: ['北京', '洛陽市'] }), 'ADG');
  });

  it('tags, actors, statuses and instruments', async () => {
    assert.equal(await titles({ tags: ['专精特新'] }), 'ACE');
    assert.equal(await titles({ tags: ['专精特新', '进口替代'] }), 'ACE');
    assert.equal(await titles({ tags: ['没有这个标签'] }), '');
    // All of several tags: only records carrying each one; an unknown tag then matches nothing.
    assert.equal(await titles({ tags: ['专精特新', '进口替代'], tagMode: 'all' }), 'C');
    assert.equal(await titles({ tags: ['专精特新', '没有这个标签'], tagMode: 'all' }), '');
    assert.equal(await titles({ tags: ['专精特新'], tagMode: 'all' }), 'ACE');
    assert.equal(await titles({ actors: [chief] }), 'A');
    assert.equal(await titles({ actors: [chief, firm] }), 'AC');
    assert.equal(await titles({ statuses: ['in-force'] }), 'BG');
    assert.equal(await titles({ statuses: ['announced', 'expired'] }), 'CE');
    assert.equal(await titles({ instruments: ['PI013'] }), 'C');
  });

  it('text, in either script, over titles and summaries', async () => {
    assert.equal(await titles({ text: '光电' }), 'ACG');
    assert.equal(await titles({ text: '光電' }), 'ACG');
    assert.equal(await titles({ text: '發展' }), 'D', 'found in the summary');
    assert.equal(await titles({ text: '洛阳' }), 'AF');
    assert.equal(await titles({ text: '。' }), 'ABCDEFG', 'nothing searchable in the text: no text condition');
  });

  it('combines filters with AND', async () => {
    assert.equal(await titles({ regions: ['河南'], kinds: ['measure'] }), 'CG');
    assert.equal(await titles({ regions: ['河南'], chains: ['光电'], from: '2024' }), 'CG');
    assert.equal(await titles({ regions: ['河南'], chains: ['光电'], from: '2024', to: '2024-12', statuses: ['announced'] }), 'C');
    assert.equal(await titles({ chains: ['光电'], text: '补贴' }), 'G');
    assert.equal(await titles({ tags: ['专精特新'], regions: ['洛阳'], kinds: ['plan'] }), '');
  });

  it('refuses an unknown chain or region in a filter, naming it', async () => {
    await rejectsWith(t.api.records.list({ filter: { chains: ['光电', '不存在的链'] } }), 'invalid-argument', 'filter.chains.1');
    await rejectsWith(t.api.records.list({ filter: { regions: ['火星'] } }), 'invalid-argument', 'filter.regions.0');
    await rejectsWith(t.api.records.list({ filter: { kinds: ['event' as never] } }), 'invalid-argument', 'filter.kinds.0');
    await rejectsWith(t.api.records.list({ filter: { actors: ['王某某'] } }), 'invalid-argument', 'filter.actors.0');
  });

  it('rows carry chain and region names for display', async () => {
    const rows = (await t.api.records.list({ filter: { kinds: ['measure'], chains: ['集成电路'] } })).rows;
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0].chains.map((c) => c.name).sort(), ['光电', '集成电路'].sort());
    assert.deepEqual(rows[0].regions.map((c) => c.name), ['郑州市']);
  });
});

describe('records: title order', () => {
  it('sorts titles in pinyin order (长沙 with the c’s, 《…》 by its words), both ways, and fills keys of older rows at open', async () => {
    const { openDatabase } = await import('../open');
    const { wrap, tempDir } = await import('../test-helpers');
    const tmp = tempDir();
    try {
      const file = `${tmp.dir}/order.db`;
      const first = wrap(openDatabase(file).db, file);
      for (const title of ['郑州市会议', '《安阳市规划》', '重庆市会议', '长沙市会议', '北京市会议']) await first.add({ kind: 'meeting', title });
      // A row from before keys existed: the key is filled when the file is opened again.
      first.db.prepare(`UPDATE records SET title_key = NULL WHERE title = '北京市会议'`).run();
      first.close();
      const again = wrap(openDatabase(file).db, file);
      const titles = async (sort: 'title' | '-title') => (await again.api.records.list({ sort })).rows.map((r) => r.title);
      assert.deepEqual(await titles('title'), ['《安阳市规划》', '北京市会议', '长沙市会议', '重庆市会议', '郑州市会议']);
      assert.deepEqual(await titles('-title'), ['郑州市会议', '重庆市会议', '长沙市会议', '北京市会议', '《安阳市规划》']);
      again.close();
    } finally {
      tmp.cleanup();
    }
  });
});
