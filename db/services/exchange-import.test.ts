import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../api/bundle/format';
import { LIMITS } from '../../import/limits';
import { memoryDb, rejectsWith, tableHashes, type TestDb } from '../test-helpers';
import { readBundleFile } from './bundle-file';
import { readBundleData } from './bundle-read';

// The exchange calls as the UI makes them (a file's name and content, base64),
// and every way a bundle file can be bad: one clear error, nothing written.

let source: TestDb;
let t: TestDb;
let doc: Record<string, unknown>;
before(async () => {
  source = memoryDb();
  await source.add({ kind: 'meeting', title: '全省集成电路产业链推进会', dateStart: '2024-04-18', regions: ['河南省'] });
  doc = { format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, exportedAt: '2024-05-01T00:00:00.000Z', app: { name: 'Chainline', version: '0.1.0' }, filter: {}, counts: {}, data: readBundleData(source.db, {}) };
  t = memoryDb();
});
after(() => {
  source.close();
  t.close();
});

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe('exchange.preview and exchange.apply', () => {
  it('preview reads a plain JSON bundle and writes nothing; apply merges it', async () => {
    const file = { fileName: 'share.json', contentBase64: b64(JSON.stringify(doc)) };
    const hashes = tableHashes(t.db);
    const preview = await t.api.exchange.preview(file);
    assert.ok(preview.format === 'bundle');
    assert.deepEqual(preview.plan.records.added.map((r) => r.title), ['全省集成电路产业链推进会']);
    assert.equal(preview.appVersion, '0.1.0');
    assert.deepEqual(tableHashes(t.db), hashes);
    const applied = await t.api.exchange.apply(file);
    assert.equal(applied.backup, null, 'an in-memory database has no backups');
    assert.equal((await t.api.records.list({})).total, 1);
  });

  it('says which formats are not imported yet, and that an article is not an exchange file', async () => {
    const ris = await rejectsWith(t.api.exchange.preview({ fileName: 'zotero.ris', contentBase64: b64('TY  - NEWS\nTI  - 集成电路\nER  - \n') }), 'invalid-argument', 'fileName');
    assert.match(ris.message, /a ris file of references: import it as sources/);
    const article = await rejectsWith(t.api.exchange.apply({ fileName: 'a.txt', contentBase64: b64('会议强调，要加快集成电路产业链发展。') }), 'invalid-argument', 'fileName');
    assert.match(article.message, /not a Chainline bundle/);
  });
});

describe('a bad bundle file', () => {
  const refused = (input: Uint8Array, message: RegExp, code = 'invalid-argument') =>
    assert.throws(() => readBundleFile(input), (e: Error & { code?: string }) => message.test(e.message) && e.code === code);

  it('is refused with a message that says what is wrong', () => {
    const json = JSON.stringify(doc);
    refused(bytes(json.slice(0, json.length / 2)), /damaged or cut off/);
    refused(zipSync({ 'notes.txt': strToU8('x') }), /holds no bundle.json/);
    refused(zipSync({ 'bundle.json': strToU8(json) }).subarray(0, 60), /damaged or cut off/);
    refused(bytes(JSON.stringify({ ...doc, formatVersion: 3 })), /newer Chainline \(bundle format 3; this one reads 1\): update Chainline to import it/);
    refused(bytes(JSON.stringify({ ...doc, format: 'chainline-records' })), /not a Chainline bundle/);
    refused(bytes('[1, 2, 3]'), /not a Chainline bundle/);
    const data = doc.data as { records: { date_start: string }[] };
    refused(bytes(JSON.stringify({ ...doc, data: { ...data, records: [{ ...data.records[0], date_start: '2024年4月' }] } })), /record .* 全省集成电路产业链推进会 \(data\.records\.0\.date_start\)/);
    refused(bytes(JSON.stringify({ ...doc, data: { ...data, records: [{ ...data.records[0], version: 'abc' }] } })), /version hash/);
  });

  it('is refused by its size before it is parsed', () => {
    refused(new Uint8Array(LIMITS.bundleBytes + 1), /limit for a bundle is 50 MB/, 'too-large');
  });
});
