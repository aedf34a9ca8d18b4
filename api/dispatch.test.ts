import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { memoryDb, snapshot, type TestDb } from '../db/test-helpers';
import { channels, type Handlers } from './contract';
import { AppError, dispatch } from './dispatch';

const UUID = '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f';

/** Arguments each call accepts (an unknown key added to them must be the only thing wrong). */
const VALID: Record<string, Record<string, unknown>> = {
  'app.info': {},
  'app.demo': { count: 1 },
  'records.list': {},
  'records.get': { id: UUID },
  'records.ids': {},
  'records.save': { record: { kind: 'meeting', title: 'x' } },
  'records.delete': { ids: [UUID] },
  'records.restore': { ids: [UUID] },
  'records.tag': { ids: [UUID], add: ['x'] },
  'sources.list': {},
  'sources.get': { id: UUID },
  'sources.update': { id: UUID },
  'sources.delete': { ids: [UUID] },
  'sources.restore': { ids: [UUID] },
  'citations.add': { recordId: UUID, sourceId: UUID },
  'citations.remove': { id: UUID },
  'search.query': { query: '产业' },
  'taxonomy.chains': {},
  'taxonomy.regions': {},
  'taxonomy.saveChain': { parentId: null, name: 'x', level: 'chain' },
  'taxonomy.saveRegion': { parentId: null, name: 'x', level: 'country' },
  'taxonomy.merge': { tree: 'chains', from: UUID, into: UUID },
  'taxonomy.delete': { tree: 'chains', id: UUID },
  'taxonomy.tags': {},
  'taxonomy.instruments': {},
  'views.timeline': {},
  'views.timelineLabels': { keys: [] },
  'views.stats': {},
  'views.targets': {},
  'actors.list': {},
  'actors.save': { kind: 'person', name: 'x' },
  'actors.delete': { ids: [UUID] },
  'trash.list': {},
  'trash.restore': { ids: [UUID] },
  'trash.purge': { ids: [UUID] },
  'export.report': {},
  'export.pdfStart': { view: {} },
  'export.pdfStatus': { job: 'x' },
  'export.data': { format: 'csv' },
  'savedViews.list': {},
  'savedViews.put': { name: 'x', view: {} },
  'savedViews.delete': { name: 'x' },
};

/** Bad arguments for calls that write or compute, with the field the error must name. */
const BAD: [channel: string, args: unknown, field: string | undefined][] = [
  ['app.demo', { count: 0 }, 'count'],
  ['app.demo', { count: '10' }, 'count'],
  ['records.list', { filter: { kinds: ['event'] } }, 'filter.kinds.0'],
  ['records.list', { filter: { kind: ['meeting'] } }, 'filter.kind'],
  ['records.list', { filter: { from: '2024-13' } }, 'filter.from'],
  ['records.list', { sort: 'random' }, 'sort'],
  ['records.list', { page: { offset: -1 } }, 'page.offset'],
  ['records.list', { page: { limit: 0 } }, 'page.limit'],
  ['records.get', { id: 'not-a-uuid' }, 'id'],
  ['records.save', {}, 'record'],
  ['records.save', { record: { kind: 'meeting' } }, 'record.title'],
  ['records.save', { record: { kind: 'event', title: 'x' } }, 'record.kind'],
  ['records.save', { record: { kind: 'meeting', title: 'x', date: '2023-6-31' } }, 'record.date'],
  ['records.save', { record: { kind: 'meeting', title: 'x', chains: [''] } }, 'record.chains.0'],
  ['records.save', { record: { kind: 'meeting', title: 'x', regions: '洛阳' } }, 'record.regions'],
  ['records.save', { record: { kind: 'meeting', title: 'x', level: 'city' } }, 'record.level'],
  ['records.save', { record: { kind: 'plan', title: 'x', status: 'draft' } }, 'record.status'],
  ['records.save', { record: { kind: 'plan', title: 'x', amount: { value: 5 } } }, 'record.amount.unit'],
  ['records.save', { record: { kind: 'plan', title: 'x', targets: [{ metric: 'm', value: Number.NaN }] } }, 'record.targets.0.value'],
  ['records.save', { record: { kind: 'plan', title: 'x', links: [{ toId: UUID, relation: 'cites' }] } }, 'record.links.0.relation'],
  ['records.save', { record: { kind: 'plan', title: 'x', actors: [{ actorId: UUID, role: 'boss' }] } }, 'record.actors.0.role'],
  ['records.save', { record: { kind: 'plan', title: 'x' }, createTags: 'yes' }, 'createTags'],
  ['records.save', { record: { kind: 'meeting', title: 'x', chains: ['火星链'] } }, 'record.chains.0'],
  ['records.delete', { ids: [] }, 'ids'],
  ['records.delete', { ids: ['x'] }, 'ids.0'],
  ['records.tag', { ids: [UUID], add: [' '] }, 'add.0'],
  ['sources.update', { id: UUID, publishedAt: 'yesterday' }, 'publishedAt'],
  ['sources.update', { id: UUID, title: 5 }, 'title'],
  ['citations.add', { recordId: UUID, sourceId: UUID, start: 1.5, end: 3 }, 'start'],
  ['search.query', { query: '' }, 'query'],
  ['search.query', { query: 'x'.repeat(201) }, 'query'],
  ['search.query', { query: '产业', scope: 'web' }, 'scope'],
  ['search.query', { query: '产业', limit: 501 }, 'limit'],
  ['taxonomy.saveChain', { parentId: null, name: 'x', level: 'chain', synonyms: [''] }, 'synonyms.0'],
  ['taxonomy.saveChain', { name: 'x', level: 'chain' }, 'parentId'],
  ['taxonomy.merge', { tree: 'tags', from: UUID, into: UUID }, 'tree'],
  ['views.timeline', { laneBy: 'status' }, 'laneBy'],
  ['views.timeline', { depth: 4 }, 'depth'],
  ['views.timelineLabels', { keys: [1.5] }, 'keys.0'],
  ['views.timeline', { labelsUpTo: -1 }, 'labelsUpTo'],
  ['views.stats', { period: 'week' }, 'period'],
  ['views.stats', { by: 'actor' }, 'by'],
  ['views.stats', { filter: { from: '2025', to: '2024' } }, 'filter.to'],
  ['actors.save', { kind: 'person', name: 'x', posts: [{ post: '' }] }, 'posts.0.post'],
  ['trash.list', { limit: 0 }, 'limit'],
];

let t: TestDb;
before(async () => {
  t = memoryDb();
  await t.add({ kind: 'plan', title: '已有记录', chains: ['光电'], regions: ['河南'] });
});
after(() => t.close());

describe('dispatch: validation at the boundary', () => {
  it('knows every channel of the contract', () => {
    const known = channels();
    assert.ok(known.length >= 30);
    for (const c of Object.keys(VALID)) assert.ok(known.includes(c), `${c} is in the contract`);
  });

  it('every call refuses an unknown key, naming it, and writes nothing', async () => {
    const before = snapshot(t.db);
    for (const channel of channels()) {
      const base = VALID[channel];
      const reply = await dispatch(t.handlers, channel, { ...(base ?? {}), zzUnknown: 1 });
      assert.equal(reply.ok, false, channel);
      if (reply.ok) continue;
      assert.equal(reply.error.code, 'invalid-argument', channel);
      if (base) assert.equal(reply.error.field, 'zzUnknown', `${channel}: ${reply.error.message}`);
    }
    assert.equal(snapshot(t.db), before);
  });

  it('refuses unknown keys nested inside arguments too', async () => {
    for (const [channel, args, field] of [
      ['records.list', { filter: { chainz: ['光电'] } }, 'filter.chainz'],
      ['records.list', { page: { offset: 0, size: 10 } }, 'page.size'],
      ['records.save', { record: { kind: 'plan', title: 'x', amount: { value: 1, unit: '亿元', currency: 'CNY' } } }, 'record.amount.currency'],
      ['actors.save', { kind: 'person', name: 'x', posts: [{ post: 'p', title: 'x' }] }, 'posts.0.title'],
      ['views.timeline', { filter: { region: ['河南'] } }, 'filter.region'],
    ] as const) {
      const reply = await dispatch(t.handlers, channel, args);
      assert.deepEqual(!reply.ok && [reply.error.code, reply.error.field], ['invalid-argument', field], channel);
    }
  });

  it('every call refuses arguments that are not an object', async () => {
    for (const channel of channels()) {
      for (const raw of ['x', 5, [], true]) {
        const reply = await dispatch(t.handlers, channel, raw);
        assert.equal(!reply.ok && reply.error.code, 'invalid-argument', `${channel} with ${JSON.stringify(raw)}`);
      }
    }
  });

  it('bad arguments give invalid-argument naming the field, a readable message, and write nothing', async () => {
    const before = snapshot(t.db);
    for (const [channel, args, field] of BAD) {
      const reply = await dispatch(t.handlers, channel, args);
      assert.equal(reply.ok, false, `${channel} ${JSON.stringify(args)} was accepted`);
      if (reply.ok) continue;
      assert.deepEqual([reply.error.code, reply.error.field], ['invalid-argument', field], `${channel} ${JSON.stringify(args)}: ${reply.error.message}`);
      assert.ok(reply.error.message.length > 5);
    }
    assert.equal(snapshot(t.db), before);
  });

  it('answers not-found for unknown channels, including prototype names', async () => {
    for (const channel of ['records', 'records.nope', 'nope.list', 'records.list.extra', '', '.', '__proto__.x', 'constructor.name', 'records.constructor', 'records.toString', 'records.__proto__']) {
      const reply = await dispatch(t.handlers, channel, {});
      assert.deepEqual(!reply.ok && reply.error.code, 'not-found', channel);
    }
  });

  it('passes validated arguments with defaults to the handler', async () => {
    let seen: unknown;
    const handlers = { ...t.handlers, search: { query: (a: unknown) => ((seen = a), { query: '', records: { total: 0, atLeast: false, hits: [] }, sources: { total: 0, atLeast: false, hits: [] } }) } } as Handlers;
    const reply = await dispatch(handlers, 'search.query', { query: '  产业  ' });
    assert.equal(reply.ok, true);
    assert.deepEqual(seen, { query: '产业', scope: 'all', limit: 20, offset: 0 });
    // A missing argument counts as {} for calls without required fields.
    assert.equal((await dispatch(t.handlers, 'app.info', undefined)).ok, true);
    assert.equal((await dispatch(t.handlers, 'taxonomy.tags', null)).ok, true);
  });

  it('turns handler failures into error data: AppError keeps its code and field, anything else is internal', async () => {
    const handlers = {
      ...t.handlers,
      records: {
        ...t.handlers.records,
        get: () => {
          throw new AppError('conflict', 'taken', 'id');
        },
        list: () => {
          throw new TypeError('boom');
        },
      },
    } as Handlers;
    assert.deepEqual(await dispatch(handlers, 'records.get', { id: UUID }), { ok: false, error: { code: 'conflict', message: 'taken', field: 'id' } });
    const log = mock.method(console, 'error', () => {});
    try {
      assert.deepEqual(await dispatch(handlers, 'records.list', {}), { ok: false, error: { code: 'internal', message: 'boom' } });
      assert.equal(log.mock.callCount(), 1, 'unexpected failures are logged');
    } finally {
      log.mock.restore();
    }
  });
});

describe('refusals carry a reason code the UI can word in its own language', () => {
  it('names why, for built-in and custom checks alike', async () => {
    const t = memoryDb();
    try {
      const why = async (args: unknown) => {
        const r = await dispatch(t.handlers, 'records.save', args);
        assert.ok(!r.ok);
        return [r.error.field, r.error.reason, r.error.params ?? null];
      };
      assert.deepEqual(await why({ record: { kind: 'meeting', title: '' } }), ['record.title', 'required', null]);
      assert.deepEqual(await why({ record: { kind: 'meeting', title: 'x', date: '2023-02-30' } }), ['record.date', 'not-a-date', null]);
      assert.deepEqual(await why({ record: { kind: 'plan', title: 'x', dateStart: '2025', dateEnd: '2024' } }), ['record.dateEnd', 'end-before-start', null]);
      assert.deepEqual(await why({ record: { kind: 'meeting', title: 'x'.repeat(501) } }), ['record.title', 'too-long', { max: 500 }]);
      assert.deepEqual(await why({ record: { kind: 'meeting', title: 'x', regions: ['火星'] } }), ['record.regions.0', 'unknown-node', { name: '火星' }]);
      assert.deepEqual(await why({ record: { kind: 'meeting', title: 'x', regoins: [] } }), ['record.regoins', 'unknown-field', null]);
    } finally {
      t.close();
    }
  });
});
