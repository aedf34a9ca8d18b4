import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { createApi } from '../../api/client';
import type { Api, Handlers } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { detectExchange } from '../../import/exchange/detect';
import { RecordFilter } from '../../api/contract/filters';
import { readBundleFile } from '../../db/services/bundle-file';
import { readBundleData } from '../../db/services/bundle-read';
import { memoryDb, type TestDb } from '../../db/test-helpers';
import { exportHandlers } from '../handlers';

let t: TestDb;
let api: Api;
before(async () => {
  t = memoryDb();
  const handlers: Handlers = {
    ...t.handlers,
    export: exportHandlers({
      report: t.handlers.export.report, citedSources: t.handlers.export.citedSources, bundleData: (f) => readBundleData(t.db, RecordFilter.parse(f)), printer: async () => assert.fail('no PDF here'),
      dbPath: '/data/芯片 研究.db', version: '9.9.9',
    }),
  };
  api = createApi((channel, args) => dispatch(handlers, channel, args));
  await t.add({ kind: 'plan', title: '集成电路产业链方案', date: '2023-06-12', chains: ['光电'], regions: ['河南'] });
  await t.add({ kind: 'meeting', title: '洛阳市推进会', date: '2024-01-05', regions: ['洛阳市'] });
});
after(() => t.close());

describe('export.data bundle', () => {
  it('is a zip with bundle.json first, named for the database, that reads back whole and is recognised by its first bytes', async () => {
    const file = await api.export.data({ format: 'bundle', filter: { regions: ['洛阳市'] } });
    assert.equal(file.encoding, 'base64');
    assert.match(file.fileName, /^芯片 研究 \d{4}-\d\d-\d\d\.chainline$/);
    assert.equal(file.records, 1);
    const bytes = new Uint8Array(Buffer.from(file.content, 'base64'));
    assert.equal(Object.keys(unzipSync(bytes))[0], 'bundle.json');
    assert.equal(detectExchange(bytes.subarray(0, 4096), 'anything.zip'), 'bundle');
    const bundle = readBundleFile(bytes);
    assert.equal(bundle.formatVersion, 1);
    assert.equal(bundle.app.version, '9.9.9');
    assert.deepEqual(bundle.filter, { regions: ['洛阳市'] });
    assert.deepEqual(bundle.data.records.map((r) => r.title), ['洛阳市推进会']);
    assert.deepEqual(bundle.data.regions.map((r) => r.name), ['全国', '河南省', '洛阳市'], 'the region and its ancestors, parents first');
    assert.equal(bundle.counts.records, 1);
    // The same document as plain JSON is a bundle too.
    const json = new TextEncoder().encode(`\uFEFF${strFromU8(unzipSync(bytes)['bundle.json']!)}`);
    assert.equal(detectExchange(json, 'share.json'), 'bundle');
    assert.equal(readBundleFile(json).data.records.length, 1);
  });
});
