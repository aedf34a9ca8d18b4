import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { memoryDb, nodeId, rejectsWith, snapshot, tableCounts, type TestDb } from '../test-helpers';

let t: TestDb;
beforeEach(() => (t = memoryDb()));
afterEach(() => t.close());

const names = (ns: { name: string }[]) => ns.map((n) => n.name);

describe('records: tags by name', () => {
  it('creates a record with chains and regions given by name', async () => {
    const r = await t.api.records.save({
      record: { kind: 'meeting', title: '洛阳市光电产业链推进会', date: '2023-06-12', chains: ['光电产业链'], regions: ['洛阳市'] },
    });
    assert.equal(r.kind, 'meeting');
    assert.equal(r.subkind, 'other', 'a meeting without a sub-kind is "other"');
    assert.equal(r.dateStart, '2023-06-12');
    assert.equal(r.precision, 'day');
    assert.deepEqual(r.chains, [{ id: nodeId(t.db, 'chains', '光电'), name: '光电' }]);
    assert.deepEqual(r.regions, [{ id: nodeId(t.db, 'regions', '洛阳市'), name: '洛阳市' }]);
    assert.deepEqual(await t.api.records.get({ id: r.id }), r);
  });

  it('resolves ids, short names, aliases, synonyms and traditional script to the same nodes', async () => {
    const luoyang = nodeId(t.db, 'regions', '洛阳市');
    const henan = nodeId(t.db, 'regions', '河南省');
    const guangdian = nodeId(t.db, 'chains', '光电');
    for (const [chains, regions] of [
      [[guangdian], [luoyang]],
      [['光电'], ['洛阳']],
      [['光電'], ['洛陽市']],
      [['光電產業鏈'], ['洛陽']],
      [['光通信'], [luoyang.toUpperCase()]],
    ]) {
      const r = await t.api.records.save({ record: { kind: 'plan', title: 'x', chains, regions } });
      assert.deepEqual(r.chains.map((c) => c.id), [guangdian], JSON.stringify(chains));
      assert.deepEqual(r.regions.map((c) => c.id), [luoyang], JSON.stringify(regions));
    }
    const r = await t.api.records.save({ record: { kind: 'plan', title: 'y', regions: ['豫', '河南', '河南省', '洛阳', '洛陽市'] } });
    assert.deepEqual(r.regions.map((n) => n.id).sort(), [henan, luoyang].sort(), 'duplicates collapse');
  });

  it('refuses an unknown region, naming its position, and writes nothing', async () => {
    await t.add({ kind: 'plan', title: '已有的计划', chains: ['光电'], regions: ['河南'] });
    const before = snapshot(t.db);
    const reply = await t.call('records.save', {
      record: { kind: 'meeting', title: '新会议', chains: ['光电产业链', '新的链'], regions: ['洛阳市', '火星'], tags: ['新标签'] },
      createTags: true,
    });
    assert.equal(reply.ok, false);
    assert.deepEqual(!reply.ok && { code: reply.error.code, field: reply.error.field }, { code: 'invalid-argument', field: 'record.regions.1' });
    assert.match(!reply.ok ? reply.error.message : '', /火星/);
    assert.equal(snapshot(t.db), before, 'no table changed: not the record, not the chain, not the tag');
  });

  it('refuses an unknown chain unless createTags, which adds it once at the top level', async () => {
    const before = tableCounts(t.db);
    await rejectsWith(t.add({ kind: 'meeting', title: 'm', chains: ['光电', '低空经济装备'] }), 'invalid-argument', 'record.chains.1');
    assert.deepEqual(tableCounts(t.db), before);

    const r = await t.api.records.save({ record: { kind: 'meeting', title: 'm', chains: ['光电', '低空经济装备'] }, createTags: true });
    assert.deepEqual(names(r.chains).sort(), ['低空经济装备', '光电'].sort());
    const created = (await t.api.taxonomy.chains({})).filter((n) => n.name === '低空经济装备');
    assert.equal(created.length, 1);
    assert.equal(created[0].parentId, null);
    assert.equal(created[0].level, 'chain');
    // The next record finds it by name, without createTags, and no duplicate appears.
    const again = await t.api.records.save({ record: { kind: 'meeting', title: 'n', chains: ['低空经济装备'] } });
    assert.equal(again.chains[0].id, created[0].id);
    await t.api.records.save({ record: { kind: 'meeting', title: 'o', chains: ['低空经济装备'] }, createTags: true });
    assert.equal((await t.api.taxonomy.chains({})).filter((n) => n.name === '低空经济装备').length, 1);
  });

  it('a chain created for a record that then fails is gone, and stays unknown afterwards', async () => {
    const before = snapshot(t.db);
    // 光电 after the new chain makes the service read the chain tree again inside the failed transaction.
    await rejectsWith(
      t.api.records.save({ record: { kind: 'meeting', title: 'm', chains: ['新链甲', '光电'], regions: ['火星'] }, createTags: true }),
      'invalid-argument', 'record.regions.0',
    );
    assert.equal(snapshot(t.db), before);
    await rejectsWith(t.add({ kind: 'meeting', title: 'm', chains: ['新链甲'] }), 'invalid-argument', 'record.chains.0');
    await rejectsWith(t.api.records.list({ filter: { chains: ['新链甲'] } }), 'invalid-argument', 'filter.chains.0');
    const r = await t.api.records.save({ record: { kind: 'meeting', title: 'm', chains: ['新链甲'] }, createTags: true });
    assert.deepEqual(names(r.chains), ['新链甲']);
  });

  it('takes free tags, trimmed and de-duplicated', async () => {
    const r = await t.api.records.save({ record: { kind: 'plan', title: 'p', tags: ['专精特新', ' 专精特新 ', '数字化转型'] } });
    assert.deepEqual(r.tags, ['专精特新', '数字化转型'].sort());
  });
});

describe('records: fields and rules', () => {
  it('stores every field of a measure, amounts as number and unit', async () => {
    const r = await t.api.records.save({
      record: {
        kind: 'measure', title: '设立光电产业专项引导基金', summary: '规模50亿元', dateStart: '2024-03', issuedOn: '2024-02-28',
        place: '洛阳', level: 'prefecture', hostBody: '洛阳市人民政府', status: 'in-force', instrument: 'PI013',
        amount: { value: 50, unit: '亿元' }, docNumber: '洛政〔2024〕5号', notes: '研究者备注',
      },
    });
    assert.deepEqual(
      { ...r, id: '', createdAt: '', updatedAt: '' },
      {
        id: '', kind: 'measure', subkind: null, title: '设立光电产业专项引导基金', summary: '规模50亿元', dateStart: '2024-03', dateEnd: null,
        precision: 'month', issuedOn: '2024-02-28', place: '洛阳', level: 'prefecture', hostBody: '洛阳市人民政府', status: 'in-force',
        instrument: 'PI013', amount: { value: 50, unit: '亿元' }, docNumber: '洛政〔2024〕5号', notes: '研究者备注', chains: [], regions: [],
        tags: [], actors: [], targets: [], links: [], citations: [], createdAt: '', updatedAt: '', deletedAt: null,
      },
    );
  });

  it('checks kinds: targets and status only for plans and measures, sub-kind only for meetings, instruments only for measures', async () => {
    const before = tableCounts(t.db);
    await rejectsWith(t.add({ kind: 'meeting', title: 'm', targets: [{ metric: '产值' }] }), 'invalid-argument', 'record.targets');
    await rejectsWith(t.add({ kind: 'meeting', title: 'm', status: 'in-force' }), 'invalid-argument', 'record.status');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', subkind: 'inspection' }), 'invalid-argument', 'record.subkind');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', instrument: 'PI013' }), 'invalid-argument', 'record.instrument');
    await rejectsWith(t.add({ kind: 'measure', title: 'p', instrument: 'PI999' }), 'invalid-argument', 'record.instrument');
    await rejectsWith(t.add({ kind: 'measure', title: '   ' }), 'invalid-argument', 'record.title');
    assert.deepEqual(tableCounts(t.db), before);
    const plan = await t.api.records.save({ record: { kind: 'plan', title: 'p', targets: [{ metric: '产业规模', value: 900, unit: '亿元' }] } });
    assert.equal(plan.targets.length, 1);
  });

  it('keeps dates at their precision, with an optional end', async () => {
    const cases = [
      [{ date: '2023' }, '2023', null, 'year'],
      [{ date: '2023-06' }, '2023-06', null, 'month'],
      [{ date: '2023-06-12' }, '2023-06-12', null, 'day'],
      [{ dateStart: '2024', dateEnd: '2026' }, '2024', '2026', 'year'],
      [{ dateStart: '2024-02-29' }, '2024-02-29', null, 'day'],
      [{}, null, null, null],
    ] as const;
    for (const [dates, start, end, precision] of cases) {
      const r = await t.api.records.save({ record: { kind: 'plan', title: 'p', ...dates } });
      assert.deepEqual([r.dateStart, r.dateEnd, r.precision], [start, end, precision], JSON.stringify(dates));
    }
  });

  it('refuses impossible or inconsistent dates, naming the field', async () => {
    const before = tableCounts(t.db);
    await rejectsWith(t.add({ kind: 'plan', title: 'p', date: '2023-02-29' }), 'invalid-argument', 'record.date');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', date: '2023-13' }), 'invalid-argument', 'record.date');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', date: '23-06-12' }), 'invalid-argument', 'record.date');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', date: '2023/06/31' }), 'invalid-argument', 'record.date');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', dateStart: '2026', dateEnd: '2024' }), 'invalid-argument', 'record.dateEnd');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', dateEnd: '2024' }), 'invalid-argument', 'record.dateStart');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', date: '2024', dateStart: '2025' }), 'invalid-argument', 'record.date');
    // An end inside the start's own span is fine: 2024-06 to 2024 (the year) is not reversed.
    await t.add({ kind: 'plan', title: 'p', dateStart: '2024-06', dateEnd: '2024' });
    // Written the way researchers write dates, read at the precision written.
    const slashed = await t.api.records.get({ id: await t.add({ kind: 'plan', title: 'p', date: '2023/06/12' }) });
    assert.equal(slashed.dateStart, '2023-06-12');
    assert.equal(tableCounts(t.db).records, before.records + 2);
  });

  it('refuses unknown keys in a record, naming the key', async () => {
    await rejectsWith(t.add({ kind: 'plan', title: 'p', regoins: ['河南'] } as never), 'invalid-argument', 'record.regoins');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', targets: [{ metric: 'm', valeu: 3 }] } as never), 'invalid-argument', 'record.targets.0.valeu');
  });
});

/** A plan with targets and progress, a meeting it was announced at, a measure part of it, an actor and a cited source. */
async function fullPlan() {
  const body = '会议指出，到2026年光电产业规模突破900亿元。会议要求各地加快建设。';
  const src = t.source({ title: '洛阳召开光电产业链推进会', body, outlet: '洛阳日报', publishedAt: '2024-01-10' });
  const src2 = t.source({ title: '光电产业进展', body: '2024年产业规模达到420亿元。' });
  const chief = await t.api.actors.save({ kind: 'person', name: '王某某', posts: [{ post: '洛阳市委书记', startOn: '2021' }] });
  const meeting = await t.add({ kind: 'meeting', subkind: 'chain-meeting', title: '洛阳市光电产业链推进会', date: '2024-01-09', regions: ['洛阳'] });
  const plan = await t.api.records.save({
    record: {
      kind: 'plan', title: '洛阳市光电产业链三年行动计划', dateStart: '2024', dateEnd: '2026', status: 'in-force', chains: ['光电'], regions: ['洛阳'],
      actors: [{ actorId: chief.id, role: 'chain-chief', post: '洛阳市委书记' }],
      targets: [
        { metric: '产业规模', value: 900, unit: '亿元', deadline: '2026', progress: [{ observedOn: '2024-12', value: 420, sourceId: src2 }] },
        { metric: '专精特新企业', value: 180, unit: '家', deadline: '2026' },
      ],
      links: [{ toId: meeting, relation: 'announced-at' }],
      citations: [{ sourceId: src, quote: '到2026年光电产业规模突破900亿元' }],
    },
  });
  return { body, src, src2, chief, meeting, plan };
}

describe('records: parts', () => {
  it('reads back targets, progress, links, actors and citations', async () => {
    const { plan, meeting, chief, src, src2 } = await fullPlan();
    assert.deepEqual(plan.targets.map((x) => [x.metric, x.value, x.unit, x.deadline]), [['产业规模', 900, '亿元', '2026'], ['专精特新企业', 180, '家', '2026']]);
    assert.deepEqual(plan.targets[0].progress.map((p) => [p.observedOn, p.value, p.sourceId]), [['2024-12', 420, src2]]);
    assert.deepEqual(plan.links.map((l) => [l.relation, l.direction, l.otherId, l.otherKind]), [['announced-at', 'out', meeting, 'meeting']]);
    assert.deepEqual(plan.actors.map((a) => [a.actorId, a.name, a.role, a.post, a.actorKind]), [[chief.id, '王某某', 'chain-chief', '洛阳市委书记', 'person']]);
    assert.deepEqual(plan.citations.map((c) => [c.sourceId, c.sourceTitle, c.outlet]), [[src, '洛阳召开光电产业链推进会', '洛阳日报']]);
    const m = await t.api.records.get({ id: meeting });
    assert.deepEqual(m.links.map((l) => [l.relation, l.direction, l.otherId]), [['announced-at', 'in', plan.id]]);
  });

  it('an update keeps the record id and the ids of targets, progress, citations, links and actors', async () => {
    const { plan } = await fullPlan();
    const before = plan;
    await new Promise((r) => setTimeout(r, 5));
    const edited = await t.api.records.save({
      record: {
        id: before.id, kind: 'plan', title: '洛阳市光电产业链三年行动计划（修订）', dateStart: '2024', dateEnd: '2027', status: 'in-force',
        chains: before.chains.map((c) => c.id), regions: before.regions.map((r) => r.id),
        actors: before.actors.map((a) => ({ id: a.id, actorId: a.actorId, role: a.role, post: '市委书记' })),
        targets: before.targets.map((x) => ({
          id: x.id, metric: x.metric, value: (x.value ?? 0) + 1, unit: x.unit, deadline: '2027',
          progress: x.progress.map((p) => ({ id: p.id, observedOn: p.observedOn, value: p.value + 5, sourceId: p.sourceId })),
        })),
        links: before.links.filter((l) => l.direction === 'out').map((l) => ({ id: l.id, toId: l.otherId, relation: l.relation })),
        citations: before.citations.map((c) => ({ id: c.id, sourceId: c.sourceId, start: c.start, end: c.end, note: '核对过' })),
      },
    });
    assert.equal(edited.id, before.id);
    assert.equal(edited.createdAt, before.createdAt);
    assert.ok(edited.updatedAt > before.updatedAt, 'updatedAt moves on');
    assert.equal(edited.title, '洛阳市光电产业链三年行动计划（修订）');
    assert.equal(edited.dateEnd, '2027');
    assert.deepEqual(edited.targets.map((x) => x.id), before.targets.map((x) => x.id));
    assert.deepEqual(edited.targets.map((x) => x.value), [901, 181]);
    assert.deepEqual(edited.targets[0].progress.map((p) => [p.id, p.value]), [[before.targets[0].progress[0].id, 425]]);
    assert.deepEqual(edited.links.map((l) => l.id), before.links.map((l) => l.id));
    assert.deepEqual(edited.actors.map((a) => [a.id, a.post]), [[before.actors[0].id, '市委书记']]);
    assert.deepEqual(edited.citations.map((c) => [c.id, c.quote, c.note]), [[before.citations[0].id, before.citations[0].quote, '核对过']]);
    assert.equal(tableCounts(t.db).records, 2, 'no new record');
  });

  it('parts left out of an update are deleted, parts without an id are new', async () => {
    const { plan } = await fullPlan();
    const edited = await t.api.records.save({
      record: { id: plan.id, kind: 'plan', title: plan.title, targets: [{ metric: '新目标', value: 1 }] },
    });
    assert.equal(edited.targets.length, 1);
    assert.ok(!plan.targets.some((x) => x.id === edited.targets[0].id));
    assert.deepEqual([edited.links, edited.citations, edited.actors, edited.chains, edited.regions], [[], [], [], [], []]);
    const c = tableCounts(t.db);
    assert.deepEqual([c.targets, c.target_progress, c.citations, c.record_links, c.record_actors], [1, 0, 0, 0, 0], 'no orphans');
  });

  it('refuses a child id that belongs to another record (conflict), writing nothing', async () => {
    const { plan } = await fullPlan();
    const other = await t.api.records.save({ record: { kind: 'plan', title: 'other', targets: [{ metric: 'x' }] } });
    const before = snapshot(t.db);
    await rejectsWith(
      t.api.records.save({ record: { id: other.id, kind: 'plan', title: 'other', targets: [{ id: plan.targets[0].id, metric: 'stolen' }] } }),
      'conflict', 'record.targets.0.id',
    );
    assert.equal(snapshot(t.db), before);
  });

  it('links a measure to its plan (part-of), visible from both sides while both are live', async () => {
    const plan = await t.add({ kind: 'plan', title: '三年行动计划', dateStart: '2024', dateEnd: '2026' });
    const measure = await t.api.records.save({
      record: { kind: 'measure', title: '专项基金', date: '2024-05', instrument: 'PI013', links: [{ toId: plan, relation: 'part-of' }] },
    });
    assert.deepEqual(measure.links.map((l) => [l.relation, l.direction, l.otherId, l.otherTitle, l.otherKind]), [['part-of', 'out', plan, '三年行动计划', 'plan']]);
    const p = await t.api.records.get({ id: plan });
    assert.deepEqual(p.links.map((l) => [l.relation, l.direction, l.otherId, l.otherTitle, l.otherKind]), [['part-of', 'in', measure.id, '专项基金', 'measure']]);
    await t.api.records.delete({ ids: [measure.id] });
    assert.deepEqual((await t.api.records.get({ id: plan })).links, [], 'a trashed record is not shown as linked');
    await t.api.records.restore({ ids: [measure.id] });
    assert.equal((await t.api.records.get({ id: plan })).links.length, 1);
  });

  it('refuses links to itself, to unknown records, and the same link twice', async () => {
    const plan = await t.add({ kind: 'plan', title: 'p' });
    const id = '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f';
    const before = snapshot(t.db);
    await rejectsWith(t.add({ id, kind: 'measure', title: 'm', links: [{ toId: id, relation: 'part-of' }] }), 'invalid-argument', 'record.links.0');
    await rejectsWith(t.add({ id: plan, kind: 'plan', title: 'p', links: [{ toId: plan, relation: 'related' }] }), 'invalid-argument', 'record.links.0.toId');
    await rejectsWith(
      t.add({ kind: 'measure', title: 'm', links: [{ toId: plan, relation: 'part-of' }, { toId: plan, relation: 'part-of' }] }),
      'invalid-argument', 'record.links.1',
    );
    const actor = await t.api.actors.save({ kind: 'body', name: '省工信厅' });
    const mid = snapshot(t.db);
    await rejectsWith(
      t.add({ kind: 'meeting', title: 'm', actors: [{ actorId: actor.id, role: 'host' }, { actorId: actor.id, role: 'host' }] }),
      'invalid-argument', 'record.actors.1',
    );
    await rejectsWith(t.add({ kind: 'meeting', title: 'm', actors: [{ actorId: id, role: 'host' }] }), 'invalid-argument', 'record.actors.0');
    assert.equal(snapshot(t.db), mid);
    assert.notEqual(before, mid);
    // Two roles for one actor are two facts, and fine.
    const ok = await t.api.records.save({ record: { kind: 'meeting', title: 'm', actors: [{ actorId: actor.id, role: 'host' }, { actorId: actor.id, role: 'issuer' }] } });
    assert.equal(ok.actors.length, 2);
  });

  it('citations: the quote is filled from offsets, offsets are found from a quote', async () => {
    const body = '会议指出，到2026年光电产业规模突破900亿元。會議要求加快建設。';
    const src = t.source({ title: '报道', body });
    const start = body.indexOf('光电');
    const r = await t.api.records.save({
      record: {
        kind: 'plan', title: 'p',
        citations: [
          { sourceId: src, start, end: start + 8 },
          { sourceId: src, quote: '會議要求加快建設' },
          { sourceId: src, quote: '原文里没有的句子' },
        ],
      },
    });
    const byQuote = new Map(r.citations.map((c) => [c.quote, c]));
    assert.deepEqual([...byQuote.keys()].sort(), ['光电产业规模突破', '會議要求加快建設', '原文里没有的句子'].sort());
    const fromOffsets = byQuote.get('光电产业规模突破')!;
    assert.deepEqual([fromOffsets.start, fromOffsets.end], [start, start + 8]);
    const fromQuote = byQuote.get('會議要求加快建設')!;
    assert.equal(body.slice(fromQuote.start!, fromQuote.end!), '會議要求加快建設');
    const missing = byQuote.get('原文里没有的句子')!;
    assert.deepEqual([missing.start, missing.end], [null, null]);
    assert.equal((await t.api.records.list({})).rows[0].sourceCount, 1, 'one source, however many passages');
  });

  it('refuses a passage past the end of the source, an unknown source, or an end before the start', async () => {
    const src = t.source({ title: '短', body: '十个字的一段正文内容' });
    const before = snapshot(t.db);
    await rejectsWith(t.add({ kind: 'plan', title: 'p', citations: [{ sourceId: src, start: 2, end: 11 }] }), 'invalid-argument', 'record.citations.0.end');
    await rejectsWith(
      t.add({ kind: 'plan', title: 'p', citations: [{ sourceId: src }, { sourceId: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f' }] }),
      'invalid-argument', 'record.citations.1',
    );
    await rejectsWith(t.add({ kind: 'plan', title: 'p', citations: [{ sourceId: src, start: 5, end: 2 }] }), 'invalid-argument', 'record.citations.0.end');
    await rejectsWith(t.add({ kind: 'plan', title: 'p', citations: [{ sourceId: src, start: 5 }] }), 'invalid-argument', 'record.citations.0.end');
    await rejectsWith(
      t.add({ kind: 'plan', title: 'p', targets: [{ metric: 'm', progress: [{ observedOn: '2024', value: 1, sourceId: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f' }] }] }),
      'invalid-argument', 'record.targets.0.progress.0',
    );
    assert.equal(snapshot(t.db), before);
  });
});

describe('records: trash and bulk', () => {
  it('delete moves records to the trash; restore brings them back; purge removes them for good', async () => {
    const a = await t.add({ kind: 'plan', title: '甲计划', chains: ['光电'] });
    const b = await t.add({ kind: 'plan', title: '乙计划' });
    assert.deepEqual(await t.api.records.delete({ ids: [a, b] }), { deleted: 2 });
    assert.deepEqual(await t.api.records.delete({ ids: [a] }), { deleted: 0 }, 'already in the trash');
    assert.equal((await t.api.records.list({})).total, 0);
    assert.equal((await t.api.search.query({ query: '计划' })).records.total, 0);
    const trashed = await t.api.records.get({ id: a });
    assert.ok(trashed.deletedAt, 'a trashed record can still be opened');
    assert.deepEqual(names(trashed.chains), ['光电'], 'and keeps its tags');
    const trash = await t.api.trash.list({});
    assert.deepEqual(trash.filter((x) => x.kind === 'record').map((x) => x.title).sort(), ['乙计划', '甲计划']);

    assert.deepEqual(await t.api.records.restore({ ids: [a] }), { restored: 1 });
    assert.deepEqual((await t.api.records.list({})).rows.map((r) => r.id), [a]);
    assert.equal((await t.api.records.get({ id: a })).deletedAt, null);
    assert.equal((await t.api.search.query({ query: '甲' })).records.total, 1);
    assert.deepEqual((await t.api.taxonomy.chains({})).find((n) => n.name === '光电')!.count, 1);

    assert.deepEqual(await t.api.trash.purge({ ids: [a, b] }), { purged: 1 }, 'only what is in the trash');
    await rejectsWith(t.api.records.get({ id: b }), 'not-found', 'id');
    assert.equal(tableCounts(t.db).records, 1);
    assert.equal(tableCounts(t.db).records_fts, 1, 'the purged record left the index');
  });

  it('tags and untags many records at once, in one step', async () => {
    const ids = [await t.add({ kind: 'plan', title: 'a' }), await t.add({ kind: 'plan', title: 'b', tags: ['专精特新'] }), await t.add({ kind: 'meeting', title: 'c' })];
    const other = await t.add({ kind: 'plan', title: 'untouched', tags: ['专精特新'] });
    const r = await t.api.records.tag({ ids, add: ['专精特新', '数字化转型'] });
    assert.equal(r.changed, 5, 'b already had 专精特新');
    for (const id of ids) assert.deepEqual((await t.api.records.get({ id })).tags, ['专精特新', '数字化转型'].sort());
    assert.equal((await t.api.records.list({ filter: { tags: ['数字化转型'] } })).total, 3);

    assert.equal((await t.api.records.tag({ ids: ids.slice(0, 2), remove: ['专精特新'] })).changed, 2);
    assert.deepEqual((await t.api.records.get({ id: ids[0] })).tags, ['数字化转型']);
    assert.deepEqual((await t.api.records.get({ id: ids[2] })).tags, ['专精特新', '数字化转型'].sort());
    assert.deepEqual((await t.api.records.get({ id: other })).tags, ['专精特新']);
    const counts = Object.fromEntries((await t.api.taxonomy.tags({})).map((x) => [x.name, x.count]));
    assert.deepEqual(counts, { 专精特新: 2, 数字化转型: 3 });
    await t.api.records.delete({ ids: [ids[2]!] });
    const live = Object.fromEntries((await t.api.taxonomy.tags({})).map((x) => [x.name, x.count]));
    assert.deepEqual(live, { 专精特新: 1, 数字化转型: 2 }, 'records in the trash are not counted');
  });

  it('returns not-found for a record that does not exist', async () => {
    await rejectsWith(t.api.records.get({ id: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f' }), 'not-found', 'id');
  });
});

describe('records: listing by date window (overlap of spans)', () => {
  const window = async (from?: string, to?: string) =>
    (await t.api.records.list({ filter: { from, to }, sort: 'title' })).rows.map((r) => r.title);

  it('matches a record whose span overlaps the window, at any precision', async () => {
    await t.add({ kind: 'plan', title: 'plan 2024–2026', dateStart: '2024', dateEnd: '2026' });
    await t.add({ kind: 'meeting', title: 'meeting 2023-06', date: '2023-06' });
    await t.add({ kind: 'meeting', title: 'meeting 2023-06-12', date: '2023-06-12' });
    await t.add({ kind: 'meeting', title: 'meeting 2023', date: '2023' });
    await t.add({ kind: 'meeting', title: 'undated' });

    assert.deepEqual(await window('2025-03', '2025-04'), ['plan 2024–2026']);
    assert.deepEqual(await window('2023-06-15', '2023-06-20'), ['meeting 2023', 'meeting 2023-06']);
    assert.deepEqual(await window('2023-06-12', '2023-06-12'), ['meeting 2023', 'meeting 2023-06', 'meeting 2023-06-12']);
    assert.deepEqual(await window('2023-07', '2023-12'), ['meeting 2023']);
    assert.deepEqual(await window('2026-12-31', undefined), ['plan 2024–2026'], 'from only: ends on or after');
    assert.deepEqual(await window(undefined, '2023-01'), ['meeting 2023'], 'to only: starts on or before');
    assert.deepEqual(await window('2027', undefined), []);
    assert.equal((await window()).length, 5, 'no window: undated records too');
    assert.ok(!(await window('2000', '2100')).includes('undated'), 'an undated record is in no window');
  });

  it('refuses a window whose end is before its start', async () => {
    await rejectsWith(t.api.records.list({ filter: { from: '2025', to: '2024' } }), 'invalid-argument', 'filter.to');
    await rejectsWith(t.api.records.list({ filter: { from: '2025-13' } }), 'invalid-argument', 'filter.from');
  });
});

describe('records: sorting and paging', () => {
  it('sorts by date (undated last) and title, and pages with a total', async () => {
    for (const [title, date] of [['b', '2021'], ['a', '2023-05'], ['c', null], ['d', '2022-01-01']] as const) {
      await t.add({ kind: 'meeting', title, ...(date ? { date } : {}) });
    }
    const titles = async (sort: 'date' | '-date' | 'title' | '-title') => (await t.api.records.list({ sort })).rows.map((r) => r.title);
    assert.deepEqual(await titles('date'), ['b', 'd', 'a', 'c']);
    assert.deepEqual(await titles('-date'), ['a', 'd', 'b', 'c']);
    assert.deepEqual(await titles('title'), ['a', 'b', 'c', 'd']);
    assert.deepEqual(await titles('-title'), ['d', 'c', 'b', 'a']);
    const page = await t.api.records.list({ sort: 'title', page: { offset: 1, limit: 2 } });
    assert.deepEqual([page.total, page.rows.map((r) => r.title)], [4, ['b', 'c']]);
  });
});
