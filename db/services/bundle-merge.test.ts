import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, Bundle } from '../../api/bundle/format';
import type { BundlePlan } from '../../api/contract/exchange';
import { openDatabase, type Db } from '../open';
import { memoryDb, tableHashes, tempDir, wrap, type TestDb } from '../test-helpers';
import { readBundleData } from './bundle-read';
import { decide, mergeBundle, previewBundle } from './bundle-merge';
import { recordAsInput } from './record-history';
import { unpackOriginal } from '../text/original';
import { currentHash, saveFormOf, versionHash } from './version-hash';

// Two colleagues start from one database, work apart, and merge each other's
// bundles: both must end with the same data, lose nothing, and be told of
// every conflict; merging the same bundle again must change nothing.

const tmp = tempDir('chainline-bundle-');
after(() => tmp.cleanup());

/** A bundle of the whole database, as it travels: through JSON and the format's validation. */
function bundleOf(db: Db): Bundle {
  const doc = { format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, exportedAt: new Date().toISOString(), app: { name: 'Chainline', version: 't' }, filter: {}, counts: {}, data: readBundleData(db, {}) };
  return Bundle.parse(JSON.parse(JSON.stringify(doc)));
}

const open = (file: string) => wrap(openDatabase(file).db, file);
const tick = () => new Promise((r) => setTimeout(r, 5));

function pathOf(db: Db, tree: 'chains' | 'regions', id: string): string {
  const names: string[] = [];
  for (let at: string | null = id; at; ) {
    const n = db.prepare(`SELECT name, parent_id AS parent FROM ${tree} WHERE id = ?`).get(at) as { name: string; parent: string | null };
    names.unshift(n.name);
    at = n.parent;
  }
  return names.join('/');
}

/**
 * The data a researcher sees, with the UUIDs of things matched by name (a chain both added, a duplicate article)
 * replaced by what they were matched on, so two merged databases can be compared.
 */
function dump(db: Db, o: { live?: boolean } = {}) {
  const title = (table: string, id: string | null) => (id ? (db.prepare(`SELECT ${table === 'actors' ? 'name' : 'title'} AS t FROM ${table} WHERE id = ?`).get(id) as { t: string }).t : null);
  const records = (db.prepare(`SELECT id, created_at, updated_at, deleted_at FROM records ${o.live ? 'WHERE deleted_at IS NULL' : ''} ORDER BY id`).all() as {
    id: string; created_at: string; updated_at: string; deleted_at: string | null;
  }[]).map((r) => {
    const f = recordAsInput(db, r.id)!;
    return {
      ...f, ...r,
      chains: f.chains.map((c) => pathOf(db, 'chains', c)).sort(),
      regions: f.regions.map((c) => pathOf(db, 'regions', c)).sort(),
      actors: f.actors.map((a) => ({ ...a, actorId: title('actors', a.actorId) })),
      citations: f.citations.map((c) => ({ ...c, sourceId: title('sources', c.sourceId) })),
      targets: f.targets.map((t) => ({ ...t, progress: (t.progress ?? []).map((p) => ({ ...p, sourceId: title('sources', p.sourceId ?? null) })) })),
    };
  });
  // Without timestamps: an article both imported stays each side's own copy, matched by its fingerprint.
  const sources = (db.prepare('SELECT title, body, raw, notes, fingerprint FROM sources ORDER BY title').all() as { raw: unknown }[]).map((s) => ({ ...s, raw: unpackOriginal(s.raw) }));
  const chains = (db.prepare('SELECT id FROM chains WHERE deleted_at IS NULL').all() as { id: string }[]).map((c) => pathOf(db, 'chains', c.id)).sort();
  const actors = db.prepare('SELECT kind, name, aliases FROM actors ORDER BY name').all();
  return { records, sources, chains, actors };
}

const titles = (items: { title: string }[]) => items.map((i) => i.title).sort();

describe('bundle merge between two databases from one ancestor', () => {
  const ids: Record<string, string> = {};
  let a: TestDb;
  let b: TestDb;
  const file = (name: string) => path.join(tmp.dir, `${name}.db`);

  before(async () => {
    // The common ancestor.
    const base = open(file('base'));
    const person = (await base.api.actors.save({ kind: 'person', name: '张明', posts: [{ post: '市长' }] })).id;
    const s1 = base.source({ title: '洛阳日报：光电产业链推进会召开', body: '会议强调，要加快光电产业链发展。到2026年，产业规模达到900亿元。', fingerprint: 'fp-s1' });
    ids.meeting = await base.add({ kind: 'meeting', subkind: 'chain-meeting', title: '洛阳市光电产业链推进会', dateStart: '2024-03-01', regions: ['洛阳市'], actors: [{ actorId: person, role: 'chair', post: '市长' }] });
    ids.plan = await base.add({
      kind: 'plan', title: '洛阳市光电产业链三年行动计划', dateStart: '2024', dateEnd: '2026', chains: ['光电'], regions: ['洛阳市'], tags: ['专精特新'],
      targets: [{ metric: '产业规模', value: 900, unit: '亿元', deadline: '2026', progress: [{ observedOn: '2024', value: 610, sourceId: s1 }] }],
      links: [{ relation: 'announced-at', toId: ids.meeting }],
      citations: [{ sourceId: s1, quote: '到2026年，产业规模达到900亿元。' }],
    });
    ids.measure = await base.add({ kind: 'measure', title: '光电产业专项引导基金', dateStart: '2024-05', regions: ['洛阳市'] });
    base.close();
    copyFileSync(file('base'), file('a'));
    copyFileSync(file('base'), file('b'));

    // Apart: A edits the plan's title, trashes the measure, adds a chain and a record citing a new article.
    a = open(file('a'));
    const planA = await a.api.records.get({ id: ids.plan });
    await a.api.records.save({ record: { ...(recordAsInput(a.db, ids.plan) as object), title: '洛阳市光电产业链三年行动计划（2024—2026年）' } as never });
    assert.equal(planA.title, '洛阳市光电产业链三年行动计划');
    await a.api.records.delete({ ids: [ids.measure] });
    await a.api.taxonomy.saveChain({ parentId: null, name: '氢能', level: 'chain' });
    const s2a = a.source({ title: '河南日报：氢能产业链大会', body: '全省氢能产业链大会在郑州召开。', fingerprint: 'fp-h2' });
    const wangA = (await a.api.actors.save({ kind: 'person', name: '王强' })).id;
    ids.onlyA = await a.add({
      kind: 'meeting', title: '全省氢能产业链大会', dateStart: '2024-06-02', chains: ['氢能'], regions: ['河南省'], citations: [{ sourceId: s2a, quote: '全省氢能产业链大会' }],
      actors: [{ actorId: wangA, role: 'speaker', post: '副省长' }],
    });
    await tick();

    // B, later: edits the plan's notes, edits the measure A trashed, adds the same chain name and the same article, and a record of its own.
    b = open(file('b'));
    await b.api.records.save({ record: { ...(recordAsInput(b.db, ids.plan) as object), notes: '目标偏高，需跟踪' } as never });
    await b.api.records.save({ record: { ...(recordAsInput(b.db, ids.measure) as object), summary: '规模50亿元' } as never });
    await b.api.taxonomy.saveChain({ parentId: null, name: '氢能', level: 'chain' });
    const s2b = b.source({ title: '河南日报：氢能产业链大会', body: '全省氢能产业链大会在郑州召开。', fingerprint: 'fp-h2' });
    // The same person added on both sides: one actor after the merge.
    const wangB = (await b.api.actors.save({ kind: 'person', name: '王强' })).id;
    ids.onlyB = await b.add({
      kind: 'plan', title: '河南省氢能产业发展行动方案', dateStart: '2024-07', chains: ['氢能'], regions: ['河南省'], citations: [{ sourceId: s2b, quote: '氢能产业链大会' }],
      actors: [{ actorId: wangB, role: 'issuer', post: '副省长' }],
    });
  });
  after(() => {
    a?.close();
    b?.close();
  });

  it('hashes a record the same from its rows as from the record as stored', () => {
    for (const r of readBundleData(a.db, {}).records) assert.equal(versionHash(saveFormOf(r)), currentHash(a.db, r.id), r.title);
  });

  it('merges both ways to the same data, lists the conflicts, loses nothing, and a second merge changes nothing', () => {
    const fromA = bundleOf(a.db);
    const fromB = bundleOf(b.db);
    const beforeA = tableHashes(a.db);
    const preview = previewBundle(a.db, fromB);
    assert.deepEqual(tableHashes(a.db), beforeA, 'a preview writes nothing');

    const intoA = mergeBundle(a.db, fromB);
    const intoB = mergeBundle(b.db, fromA);
    assert.deepEqual(intoA, preview, 'the merge does what the preview said');

    assert.deepEqual(dump(a.db), dump(b.db), 'A←B and B←A end with the same data');

    // What each side was told.
    const conflicts = (p: BundlePlan) => p.records.conflicts.map((c) => [c.id, c.kept, c.why]).sort();
    assert.deepEqual(conflicts(intoA), [[ids.measure, 'incoming', 'deleted-here'], [ids.plan, 'incoming', 'both-edited']].sort());
    assert.deepEqual(conflicts(intoB), [[ids.measure, 'local', 'deleted-there'], [ids.plan, 'local', 'both-edited']].sort());
    assert.deepEqual(titles(intoA.records.added), ['河南省氢能产业发展行动方案']);
    assert.deepEqual(titles(intoB.records.added), ['全省氢能产业链大会']);
    assert.deepEqual(titles(intoA.records.unchanged), ['洛阳市光电产业链推进会']);
    assert.deepEqual(intoA.sources, { added: 0, matched: 2, updated: 0 }, "B's copy of the hydrogen article is A's");
    assert.deepEqual(intoA.chains.added, 0, 'the same chain name under the same parent is one chain');

    // The newer edit (B's notes) won; A's title is kept in the history on both sides.
    for (const t of [a, b]) {
      const plan = recordAsInput(t.db, ids.plan)!;
      assert.equal(plan.title, '洛阳市光电产业链三年行动计划');
      assert.equal(plan.notes, '目标偏高，需跟踪');
      const history = t.db.prepare(`SELECT reason, data FROM record_versions WHERE record_id = ?`).all(ids.plan) as { reason: string; data: string }[];
      assert.ok(history.some((v) => v.reason === 'merge' && JSON.parse(v.data).title === '洛阳市光电产业链三年行动计划（2024—2026年）'), 'the losing edit is in the history');
      // The edit beat the deletion: the measure is live with B's summary.
      const measure = t.db.prepare('SELECT deleted_at AS d, summary FROM records WHERE id = ?').get(ids.measure) as { d: string | null; summary: string };
      assert.deepEqual(measure, { d: null, summary: '规模50亿元' });
      assert.equal((t.db.prepare(`SELECT count(*) AS n FROM chains WHERE name = '氢能' AND deleted_at IS NULL`).get() as { n: number }).n, 1);
    }

    // Searchable after the merge.
    const found = a.db.prepare(`SELECT count(*) AS n FROM records_tok WHERE records_tok MATCH ?`).get('"氢能"') as { n: number };
    assert.ok(found.n >= 2);

    // Idempotent: the same bundles again change nothing, anywhere.
    for (const [t, bundle] of [[a, fromB], [b, fromA]] as const) {
      const hashes = tableHashes(t.db);
      const again = mergeBundle(t.db, bundle);
      assert.deepEqual(tableHashes(t.db), hashes);
      assert.equal(again.records.added.length + again.records.updated.length + again.records.trashed.length, 0);
    }
    // And each side's bundle now merges into the other as nothing new.
    const settle = mergeBundle(a.db, bundleOf(b.db));
    assert.deepEqual([settle.records.added, settle.records.updated, settle.records.trashed, settle.records.conflicts], [[], [], [], []]);
    assert.equal((a.db.prepare(`SELECT count(*) AS n FROM actors WHERE name = '王强'`).get() as { n: number }).n, 1);
  });

  it('after agreeing, a later edit on one side is a plain update on the other, not a conflict', async () => {
    await tick();
    await b.api.records.save({ record: { ...(recordAsInput(b.db, ids.plan) as object), summary: '2025年产业规模达到750亿元' } as never });
    const plan = mergeBundle(a.db, bundleOf(b.db));
    assert.deepEqual(titles(plan.records.updated), ['洛阳市光电产业链三年行动计划']);
    assert.deepEqual(plan.records.conflicts, []);
    assert.equal(recordAsInput(a.db, ids.plan)!.summary, '2025年产业规模达到750亿元');
    assert.deepEqual(mergeBundle(b.db, bundleOf(a.db)).records.updated, [], 'and back, nothing to do');
    assert.deepEqual(dump(a.db), dump(b.db));
  });
});

describe('bundle round trip and deletions', () => {
  it('a bundle imported into an empty database gives the same data', async () => {
    const t = memoryDb();
    const org = (await t.api.actors.save({ kind: 'body', name: '洛阳市工信局' })).id;
    const person = (await t.api.actors.save({ kind: 'person', name: '李华', posts: [{ post: '局长', orgId: org }] })).id;
    const s = t.source({ title: '光电产业链三年行动计划发布', body: '计划提出，到2026年光电产业规模达到900亿元。', raw: '<p>计划提出</p>', notes: '原文可信', fingerprint: 'fp-1' });
    const m = await t.add({ kind: 'meeting', title: '光电产业链专题会议', dateStart: '2024-03', regions: ['洛阳市'], actors: [{ actorId: person, role: 'chair', post: '局长' }] });
    await t.add({
      kind: 'plan', title: '光电产业链三年行动计划', dateStart: '2024', chains: ['光电'], tags: ['专精特新'], links: [{ relation: 'announced-at', toId: m }],
      targets: [{ metric: '产业规模', value: 900, unit: '亿元', progress: [{ observedOn: '2025', value: 700, sourceId: s }] }],
      citations: [{ sourceId: s, quote: '光电产业规模达到900亿元' }], amount: { value: 50, unit: '亿元' },
    });
    const empty = memoryDb();
    const plan = mergeBundle(empty.db, bundleOf(t.db));
    assert.equal(plan.records.added.length, 2);
    assert.deepEqual(dump(empty.db), dump(t.db));
    const src = empty.db.prepare('SELECT raw, notes FROM sources').get() as { raw: unknown; notes: string };
    assert.deepEqual({ ...src, raw: unpackOriginal(src.raw) }, { raw: '<p>计划提出</p>', notes: '原文可信' });
    const post = empty.db.prepare('SELECT p.post, o.name AS org FROM actor_posts p JOIN actors o ON o.id = p.org_id').get();
    assert.deepEqual(post, { post: '局长', org: '洛阳市工信局' });
    t.close();
    empty.close();
  });

  it('a deletion the other side did not edit since is carried over', async () => {
    const a = memoryDb();
    const id = await a.add({ kind: 'measure', title: '人才引进专项措施', dateStart: '2024' });
    const b = memoryDb();
    mergeBundle(b.db, bundleOf(a.db));
    await a.api.records.delete({ ids: [id] });
    const plan = mergeBundle(b.db, bundleOf(a.db));
    assert.deepEqual(titles(plan.records.trashed), ['人才引进专项措施']);
    assert.ok((b.db.prepare('SELECT deleted_at AS d FROM records WHERE id = ?').get(id) as { d: string | null }).d);
    // The other way, the trashed copy stays trashed: nothing to restore.
    const back = mergeBundle(a.db, bundleOf(b.db));
    assert.deepEqual([back.records.conflicts, back.records.added], [[], []]);
    a.close();
    b.close();
  });

  it('a citation of an article already here under another id is found again in the local text, or flagged', async () => {
    const a = memoryDb();
    const sa = a.source({ title: '河南日报：氢能大会', body: '本报讯。全省氢能产业链大会召开。会议要求加快示范应用。', fingerprint: 'fp-same' });
    await a.add({ kind: 'meeting', title: '全省氢能产业链大会', dateStart: '2024-06-02', citations: [{ sourceId: sa, quote: '全省氢能产业链大会召开' }, { sourceId: sa, quote: '会议要求加快示范应用' }] });
    const b = memoryDb();
    // The same article (same fingerprint), stored here with a shorter text: the second sentence is not in it.
    const sb = b.source({ title: '河南日报：氢能大会', body: '全省氢能产业链大会召开。', fingerprint: 'fp-same' });
    mergeBundle(b.db, bundleOf(a.db));
    const cites = b.db.prepare('SELECT source_id AS s, quote, start_offset AS start, end_offset AS "end", unanchored_at IS NOT NULL AS flagged FROM citations ORDER BY quote').all();
    assert.deepEqual(cites, [
      { s: sb, quote: '会议要求加快示范应用', start: null, end: null, flagged: 1 },
      { s: sb, quote: '全省氢能产业链大会召开', start: 0, end: 11, flagged: 0 },
    ]);
    const hashes = tableHashes(b.db);
    mergeBundle(b.db, bundleOf(a.db));
    assert.deepEqual(tableHashes(b.db), hashes, 'the same bundle again changes nothing');
    a.close();
    b.close();
  });

  it('refuses a bundle whose record points at nothing, naming the record, and writes nothing', async () => {
    const a = memoryDb();
    await a.add({ kind: 'meeting', title: '集成电路产业链会议', dateStart: '2024-01-05', chains: ['集成电路'] });
    const bundle = bundleOf(a.db);
    bundle.data.chains = [];
    bundle.data.records[0]!.chains = ['0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f'];
    const b = memoryDb();
    const hashes = tableHashes(b.db);
    assert.throws(() => mergeBundle(b.db, bundle), (e: Error) => e.message.includes('集成电路产业链会议') && e.message.includes('chain'));
    assert.deepEqual(tableHashes(b.db), hashes);
    a.close();
    b.close();
  });
});

describe('decide: the merge rules for one record', () => {
  const local = (hash: string, o: { deletedAt?: string; updatedAt?: string; history?: string[] } = {}) => ({
    hash, deletedAt: o.deletedAt ?? null, updatedAt: o.updatedAt ?? '2024-05-01T00:00:00.000Z', history: () => new Set(o.history ?? []),
  });
  const incoming = (hash: string, o: { history?: string[]; updatedAt?: string; version?: string } = {}) => ({
    hash, version: o.version ?? hash, history: new Set(o.history ?? []), updatedAt: o.updatedAt ?? '2024-05-01T00:00:00.000Z',
  });
  const cases: [string, Parameters<typeof decide>[0], Parameters<typeof decide>[1], ReturnType<typeof decide>][] = [
    ['not here: added', null, incoming('b'), { kind: 'add' }],
    ['the same version', local('a'), incoming('a'), { kind: 'same' }],
    ['the same version as the colleague hashed it (references mapped here)', local('a'), incoming('m', { version: 'a' }), { kind: 'same' }],
    ['deleted here, not edited there: the deletion stands', local('a', { deletedAt: 'x' }), incoming('a'), { kind: 'same' }],
    ['only the colleague edited', local('a'), incoming('b', { history: ['a'] }), { kind: 'forward', restore: false }],
    ['deleted here, edited there: restored', local('a', { deletedAt: 'x' }), incoming('b', { history: ['a'] }), { kind: 'forward', restore: true }],
    ['only we edited', local('b', { history: ['a'] }), incoming('a'), { kind: 'behind' }],
    ['both edited, ours newer', local('b', { updatedAt: '2024-06-02' }), incoming('c', { updatedAt: '2024-06-01' }), { kind: 'conflict', kept: 'local', why: 'both-edited' }],
    ['both edited, theirs newer', local('b', { updatedAt: '2024-06-01' }), incoming('c', { updatedAt: '2024-06-02' }), { kind: 'conflict', kept: 'incoming', why: 'both-edited' }],
    ['both edited at the same time: the larger hash, whichever side', local('b'), incoming('c'), { kind: 'conflict', kept: 'incoming', why: 'both-edited' }],
    ['edited then deleted here, edited there: the live record wins', local('b', { deletedAt: 'x', updatedAt: '2024-07-01' }), incoming('c'), { kind: 'conflict', kept: 'incoming', why: 'deleted-here' }],
  ];
  for (const [name, l, i, expected] of cases) it(name, () => assert.deepEqual(decide(l, i), expected));
});
