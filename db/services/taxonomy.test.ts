import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { TreeNode } from '../../api/contract/taxonomy';
import { memoryDb, nodeId, rejectsWith, snapshot, type TestDb } from '../test-helpers';

let t: TestDb;
beforeEach(() => (t = memoryDb()));
afterEach(() => t.close());

const node = async (name: string, tree: 'chains' | 'regions' = 'chains'): Promise<TreeNode | undefined> =>
  (tree === 'chains' ? await t.api.taxonomy.chains({}) : await t.api.taxonomy.regions({})).find((n) => n.name === name);
const listed = async (filter: Parameters<typeof t.api.records.list>[0]['filter']) =>
  (await t.api.records.list({ filter, sort: 'title' })).rows.map((r) => r.title);

describe('taxonomy: the starter trees', () => {
  it('lists chains as cluster > chain > segment with synonyms, and regions with codes and short names', async () => {
    const chains = await t.api.taxonomy.chains({});
    const byId = new Map(chains.map((n) => [n.id, n]));
    const seg = chains.find((n) => n.name === '光学材料与元器件')!;
    const chain = byId.get(seg.parentId!)!;
    const cluster = byId.get(chain.parentId!)!;
    assert.deepEqual([seg.level, chain.level, cluster.level], ['segment', 'chain', 'cluster']);
    assert.deepEqual([chain.name, cluster.name, cluster.parentId], ['光电', '河南·电子信息', null]);
    assert.ok(chain.aliases.includes('光通信'));
    const luoyang = (await node('洛阳市', 'regions'))!;
    assert.equal(luoyang.code, '410300');
    assert.equal(luoyang.aliases[0], '洛阳', 'short name first');
    assert.equal(luoyang.parentId, nodeId(t.db, 'regions', '河南省'));
    assert.equal((await node('河南省', 'regions'))!.parentId, nodeId(t.db, 'regions', '全国'));
  });

  it('counts records tagged with the node itself', async () => {
    await t.add({ kind: 'plan', title: 'a', chains: ['光电'] });
    await t.add({ kind: 'plan', title: 'b', chains: ['光电', '光电产业链上游'] });
    const gone = await t.add({ kind: 'plan', title: 'c', chains: ['光电'] });
    await t.api.records.delete({ ids: [gone] });
    assert.equal((await node('光电'))!.count, 2);
    assert.equal((await node('光学材料与元器件'))!.count, 1);
    assert.equal((await node('河南·电子信息'))!.count, 0, 'not the subtree');
  });

  it('lists the instrument vocabulary with categories', async () => {
    const xs = await t.api.taxonomy.instruments({});
    const fund = xs.find((x) => x.code === 'PI013')!;
    assert.equal(fund.category, 'direct-financial');
    assert.ok(fund.zh.includes('引导基金'));
    assert.ok(xs.some((x) => x.code.startsWith('CN-')), 'Chinese practice extensions');
    assert.equal(new Set(xs.map((x) => x.code)).size, xs.length);
  });
});

describe('taxonomy: editing chains', () => {
  it('adds, renames and moves a chain; records follow by id, names resolve anew', async () => {
    const cluster = nodeId(t.db, 'chains', '河南·电子信息');
    const added = await t.api.taxonomy.saveChain({ parentId: cluster, name: '北斗导航', level: 'chain', synonyms: ['卫星导航'] });
    assert.deepEqual([added.name, added.parentId, added.level, added.aliases], ['北斗导航', cluster, 'chain', ['卫星导航']]);
    const rec = await t.add({ kind: 'plan', title: 'p', chains: ['卫星导航'] });
    assert.deepEqual(await listed({ chains: ['河南·电子信息'] }), ['p']);

    const renamed = await t.api.taxonomy.saveChain({ id: added.id, parentId: cluster, name: '北斗应用', level: 'chain' });
    assert.equal(renamed.id, added.id);
    assert.equal(renamed.name, '北斗应用');
    assert.deepEqual((await t.api.records.get({ id: rec })).chains.map((c) => c.name), ['北斗应用']);
    await rejectsWith(t.api.records.list({ filter: { chains: ['北斗导航'] } }), 'invalid-argument', 'filter.chains.0');

    const nev = nodeId(t.db, 'chains', '河南·新能源汽车');
    const moved = await t.api.taxonomy.saveChain({ id: added.id, parentId: nev, name: '北斗应用', level: 'chain' });
    assert.equal(moved.parentId, nev);
    assert.deepEqual(await listed({ chains: ['河南·电子信息'] }), []);
    assert.deepEqual(await listed({ chains: ['河南·新能源汽车'] }), ['p']);
  });

  it('refuses to move a node under itself or its own subtree, and an unknown parent, changing nothing', async () => {
    const cluster = (await node('河南·电子信息'))!;
    const before = snapshot(t.db);
    await rejectsWith(t.api.taxonomy.saveChain({ id: cluster.id, parentId: nodeId(t.db, 'chains', '光学材料与元器件'), name: cluster.name, level: 'cluster' }), 'invalid-argument', 'parentId');
    await rejectsWith(t.api.taxonomy.saveChain({ id: cluster.id, parentId: cluster.id, name: cluster.name, level: 'cluster' }), 'invalid-argument', 'parentId');
    await rejectsWith(t.api.taxonomy.saveChain({ parentId: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f', name: 'x', level: 'chain' }), 'invalid-argument', 'parentId');
    await rejectsWith(t.api.taxonomy.saveChain({ parentId: null, name: '  ', level: 'chain' }), 'invalid-argument', 'name');
    await rejectsWith(t.api.taxonomy.saveChain({ parentId: null, name: 'x', level: 'branch' as never }), 'invalid-argument', 'level');
    assert.equal(snapshot(t.db), before);
  });

  it('merges two chains: tags move, synonyms merge, the source goes to the trash, the survivor finds both', async () => {
    const a = await t.add({ kind: 'plan', title: 'a 智能传感器', chains: ['智能传感器'] });
    const b = await t.add({ kind: 'plan', title: 'b 光电', chains: ['光电'] });
    const both = await t.add({ kind: 'plan', title: 'c 两者', chains: ['智能传感器', '光电'] });
    const from = (await node('智能传感器'))!;
    const into = (await node('光电'))!;

    const merged = await t.api.taxonomy.merge({ tree: 'chains', from: from.id, into: into.id });
    assert.equal(merged.id, into.id);
    assert.equal(merged.name, '光电');
    for (const s of ['光通信', '智能传感器', '传感器']) assert.ok(merged.aliases.includes(s), s);
    assert.equal(merged.count, 3);
    assert.equal(await node('智能传感器'), undefined, 'the source is no longer listed');
    const trash = await t.api.trash.list({});
    assert.ok(trash.some((x) => x.id === from.id && x.kind === 'chain'));

    assert.deepEqual(await listed({ chains: ['光电'] }), ['a 智能传感器', 'b 光电', 'c 两者']);
    assert.deepEqual(await listed({ chains: ['智能传感器'] }), ['a 智能传感器', 'b 光电', 'c 两者'], 'the old name is a synonym now');
    assert.deepEqual((await t.api.records.get({ id: a })).chains.map((c) => c.id), [into.id]);
    assert.deepEqual((await t.api.records.get({ id: both })).chains.map((c) => c.id), [into.id], 'no duplicate tag');
    assert.ok(b);
  });

  it('a merge moves the source children under the survivor', async () => {
    const from = (await node('光电'))!;
    const into = (await node('集成电路'))!;
    await t.add({ kind: 'plan', title: 'seg', chains: ['光学材料与元器件'] });
    await t.api.taxonomy.merge({ tree: 'chains', from: from.id, into: into.id });
    assert.equal((await node('光学材料与元器件'))!.parentId, into.id);
    assert.deepEqual(await listed({ chains: ['集成电路'] }), ['seg']);
  });

  it('refuses merging a node into itself, into its own subtree, or with an unknown node', async () => {
    const guangdian = nodeId(t.db, 'chains', '光电');
    const before = snapshot(t.db);
    await rejectsWith(t.api.taxonomy.merge({ tree: 'chains', from: guangdian, into: guangdian }), 'invalid-argument', 'into');
    await rejectsWith(t.api.taxonomy.merge({ tree: 'chains', from: guangdian, into: nodeId(t.db, 'chains', '光学材料与元器件') }), 'invalid-argument', 'into');
    await rejectsWith(t.api.taxonomy.merge({ tree: 'chains', from: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f', into: guangdian }), 'not-found', 'from');
    await rejectsWith(t.api.taxonomy.merge({ tree: 'regions', from: guangdian, into: nodeId(t.db, 'regions', '河南省') }), 'not-found', 'from');
    assert.equal(snapshot(t.db), before);
  });

  it('trashes a node with its subtree; records keep the tag and show it again on restore', async () => {
    const rec = await t.add({ kind: 'plan', title: 'p', chains: ['光电', '动力电池'] });
    const seg = await t.add({ kind: 'plan', title: 'q', chains: ['光学材料与元器件'] });
    const guangdian = nodeId(t.db, 'chains', '光电');
    assert.deepEqual(await t.api.taxonomy.delete({ tree: 'chains', id: guangdian }), { deleted: 4 }, 'the chain and its three segments');
    assert.equal(await node('光电'), undefined);
    assert.equal(await node('光学材料与元器件'), undefined);
    assert.deepEqual((await t.api.records.get({ id: rec })).chains.map((c) => c.name), ['动力电池']);
    await rejectsWith(t.api.records.list({ filter: { chains: ['光电'] } }), 'invalid-argument', 'filter.chains.0');
    await rejectsWith(t.add({ kind: 'plan', title: 'r', chains: ['光电'] }), 'invalid-argument', 'record.chains.0');
    assert.ok((await t.api.taxonomy.chains({ includeTrashed: true })).some((n) => n.id === guangdian));

    assert.deepEqual(await t.api.trash.restore({ ids: [guangdian] }), { restored: 4 }, 'restoring a node brings back what was trashed with it');
    assert.deepEqual((await t.api.records.get({ id: rec })).chains.map((c) => c.name).sort(), ['光电', '动力电池'].sort());
    assert.deepEqual((await t.api.records.get({ id: seg })).chains.map((c) => c.name), ['光学材料与元器件']);
    assert.deepEqual(await listed({ chains: ['光电'] }), ['p', 'q']);
  });

  it('restoring a node does not bring back a child that was trashed on its own before', async () => {
    const seg = nodeId(t.db, 'chains', '光学材料与元器件');
    const guangdian = nodeId(t.db, 'chains', '光电');
    await t.api.taxonomy.delete({ tree: 'chains', id: seg });
    await new Promise((r) => setTimeout(r, 5));
    await t.api.taxonomy.delete({ tree: 'chains', id: guangdian });
    assert.deepEqual(await t.api.trash.restore({ ids: [guangdian] }), { restored: 3 });
    assert.equal(await node('光学材料与元器件'), undefined);
  });

  it('refuses deleting an unknown node', async () => {
    await rejectsWith(t.api.taxonomy.delete({ tree: 'chains', id: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f' }), 'not-found', 'id');
  });
});

describe('taxonomy: editing regions', () => {
  it('adds a county under a city with a code and aliases; filters by the province include it', async () => {
    const luoyang = nodeId(t.db, 'regions', '洛阳市');
    const county = await t.api.taxonomy.saveRegion({ parentId: luoyang, name: '伊川县', level: 'county', code: '410329', aliases: ['伊川'] });
    assert.deepEqual([county.code, county.aliases, county.parentId], ['410329', ['伊川'], luoyang]);
    await t.add({ kind: 'meeting', title: 'm', regions: ['伊川'] });
    assert.deepEqual(await listed({ regions: ['河南'] }), ['m']);
  });

  it('an edit sent back with the listed aliases keeps the short name and aliases as they were', async () => {
    const luoyang = (await node('洛阳市', 'regions'))!;
    assert.deepEqual(luoyang.aliases, ['洛阳', '洛陽市', '洛陽']);
    const saved = await t.api.taxonomy.saveRegion({ id: luoyang.id, parentId: luoyang.parentId, name: '洛阳市', en: luoyang.en, level: 'prefecture', aliases: [...luoyang.aliases, '河洛'] });
    assert.deepEqual(saved.aliases, ['洛阳', '洛陽市', '洛陽', '河洛']);
    assert.equal(saved.code, '410300', 'the code is kept when not given');
    await t.add({ kind: 'meeting', title: 'm', regions: ['河洛'] });
    assert.deepEqual(await listed({ regions: ['洛阳'] }), ['m']);
  });

  it('refuses a code another region has (conflict), writing nothing', async () => {
    const before = snapshot(t.db);
    await rejectsWith(t.api.taxonomy.saveRegion({ parentId: null, name: '重复', level: 'country', code: '410300' }), 'conflict', 'code');
    assert.equal(snapshot(t.db), before);
  });

  it('merges regions: tags and actors move to the survivor', async () => {
    const a = await t.api.taxonomy.saveRegion({ parentId: nodeId(t.db, 'regions', '河南省'), name: '洛阳新区', level: 'prefecture' });
    const actor = await t.api.actors.save({ kind: 'body', name: '新区管委会', regionId: a.id });
    await t.add({ kind: 'meeting', title: 'm', regions: ['洛阳新区'] });
    const luoyang = nodeId(t.db, 'regions', '洛阳市');
    await t.api.taxonomy.merge({ tree: 'regions', from: a.id, into: luoyang });
    assert.deepEqual(await listed({ regions: ['洛阳'] }), ['m']);
    assert.deepEqual(await listed({ regions: ['洛阳新区'] }), ['m']);
    assert.equal((await t.api.actors.list({ text: '新区' }))[0].regionId, luoyang);
    assert.equal(actor.regionId, a.id);
  });
});
