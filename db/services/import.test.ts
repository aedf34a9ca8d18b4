import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { memoryDb, tableCounts, tempDir, type TestDb } from '../test-helpers';
import { importPaths } from './import';

const fixtures = path.resolve(import.meta.dirname, '../../import/fixtures/files');
const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');

describe('importing files into sources', () => {
  let t: TestDb;
  let tmp: ReturnType<typeof tempDir>;
  before(() => {
    t = memoryDb();
    tmp = tempDir();
  });
  after(() => {
    t.close();
    tmp.cleanup();
  });

  test('a folder in every encoding and format: one article stored once, the rest reported as duplicates of it', async () => {
    const batch = await importPaths(t.db, [fixtures]);
    const files = readdirSync(fixtures).length;
    assert.equal(batch.results.length, files);
    assert.equal(batch.counts.failed, 0, JSON.stringify(batch.results.filter((r) => r.status === 'failed')));
    const imported = batch.results.filter((r) => r.status === 'imported');
    // The synthetic Chinese article (in 12 encodings/scripts/formats) and the ASCII one.
    assert.equal(imported.length, 2);
    const chinese = imported.find((r) => r.title?.includes('新能源汽车'))!;
    for (const d of batch.results.filter((r) => r.status === 'duplicate' && /[\u4e00-\u9fff]/.test(r.title ?? ''))) assert.equal(d.duplicateOf, chinese.sourceId);
    const src = await t.api.sources.get({ id: chinese.sourceId! });
    assert.ok(src.body.length > 100);
    assert.ok(!('raw' in src), 'the original (possibly HTML) text is not sent to the renderer');
  });

  test('a bad file is reported with its reason and never stops the others; nothing of it is stored', async () => {
    const dir = path.join(tmp.dir, 'mixed');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a-garbage.txt'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(path.join(dir, 'b-good.txt'), '河南省召开超硬材料产业链推进会\n来源:测试网 时间:2024-03-05 10:00:00\n\n3月5日,河南省超硬材料产业链推进会在郑州召开。会议强调,要做强链主企业。');
    writeFileSync(path.join(dir, 'c-broken.docx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    const before = tableCounts(t.db).sources;
    const batch = await importPaths(t.db, [dir, path.join(tmp.dir, 'missing.txt')]);
    const by = Object.fromEntries(batch.results.map((r) => [path.basename(r.file), r]));
    assert.equal(by['a-garbage.txt'].status, 'failed');
    assert.match(by['a-garbage.txt'].error!, /undecodable/);
    assert.equal(by['c-broken.docx'].status, 'failed');
    assert.equal(by['missing.txt'].status, 'failed');
    assert.equal(by['b-good.txt'].status, 'imported');
    assert.equal(by['b-good.txt'].publishedAt, '2024-03-05T10:00:00');
    assert.equal(tableCounts(t.db).sources, before + 1);
    const sug = by['b-good.txt'].suggestions as { regions: { name: string }[]; chains: { name: string }[] };
    assert.ok(sug.regions.some((r) => r.name === '河南省'));
    assert.ok(sug.chains.some((c) => c.name === '超硬材料'));
  });

  test('files from other tools named to the article importer are called what they are, and the articles beside them import', async () => {
    const named = (name: string, content: string) => {
      writeFileSync(path.join(tmp.dir, name), content);
      return path.join(tmp.dir, name);
    };
    const files = [
      named('zotero.ris', 'TY  - NEWS\nTI  - 光电产业链推进会\nER  - \n'),
      named('records.csv', '标题,日期\n光电产业链推进会,2024-03-05\n'),
      named('from-li.json', '{"format": "chainline-bundle", "formatVersion": 1}'),
      named('article.txt', '洛阳市召开光电产业链推进会。会议强调，要加快光电产业链发展，做强链主企业。'),
    ];
    const batch = await importPaths(t.db, files);
    const by = Object.fromEntries(batch.results.map((r) => [path.basename(r.file), r]));
    assert.match(by['zotero.ris'].error!, /^unsupported: a RIS file of references, not an article: import it with its own button/);
    assert.match(by['records.csv'].error!, /^unsupported: a CSV table, not an article/);
    assert.match(by['from-li.json'].error!, /^unsupported: a Chainline bundle, not an article/);
    assert.equal(by['article.txt'].status, 'imported');
  });

  test('pasted text imports once; the same text again is a duplicate', async () => {
    const text = '全省尼龙新材料产业链工作会议召开\n\n5月8日,全省尼龙新材料产业链工作会议在平顶山召开。';
    const first = await t.api.imports.text({ text });
    assert.equal(first.status, 'imported');
    const again = await t.api.imports.text({ text: `  ${text}\n` });
    assert.equal(again.status, 'duplicate');
    assert.equal(again.duplicateOf, first.sourceId);
  });

  test('files sent by the UI as base64 go through the same path', async () => {
    const name = 'scrape-traditional-big5.txt';
    const data = readFileSync(path.join(fixtures, name)).toString('base64');
    const fresh = memoryDb();
    try {
      const batch = await fresh.api.imports.files({ files: [{ name, data }, { name: 'empty.txt', data: '' }] });
      assert.deepEqual(batch.counts, { imported: 1, duplicate: 0, failed: 1 });
      assert.equal(batch.results[0].script, 'traditional');
      assert.equal(batch.results[0].encoding, 'Big5');
      const hits = await fresh.api.search.query({ query: '产业链', scope: 'sources' });
      assert.equal(hits.sources.total, 1, 'simplified search finds the traditional article');
    } finally {
      fresh.close();
    }
  });

  test('a draft record from a source: kind, date, chains, regions and the cited sentence', async () => {
    const text =
      '洛阳市召开光电产业链专题会议\n来源:洛阳测试网 时间:2023-06-12 20:00:00\n\n12日,洛阳市光电产业链专题会议在洛阳召开。市委书记张三出席会议并讲话。\n\n会议强调,要壮大光电产业链。';
    const r = await t.api.imports.text({ text });
    const draft = await t.api.imports.draft({ sourceId: r.sourceId! });
    assert.equal(draft.record.kind, 'meeting');
    assert.equal(draft.record.subkind, 'chain-meeting');
    assert.equal(draft.record.dateStart, '2023-06-12');
    const saved = await t.api.records.save({ record: draft.record });
    assert.deepEqual(saved.chains.map((c) => c.name), ['光电']);
    assert.ok(saved.regions.some((x) => x.name === '洛阳市'));
    const src = await t.api.sources.get({ id: r.sourceId! });
    const c = saved.citations[0];
    assert.equal(src.body.slice(c.start!, c.end!), c.quote);
    assert.match(c.quote, /^12日,洛阳市光电产业链专题会议在洛阳召开/);
    assert.deepEqual(draft.newPeople.map((p) => p.name), ['张三']);
    assert.equal(src.citations[0].recordId, saved.id, 'the source lists the record citing it');
  });
});

describe('the real corpus (optional: runs when ../shared/corpus exists)', { skip: !existsSync(corpus) }, () => {
  // The 2024 article dates only its neighbours (上一篇/下一篇): it is left undated.
  const expect: Record<string, { title: RegExp; outlet: string; date: string | undefined; regions: string[]; chains: string[] }> = {
    'henan-optoelectronics-chain-meeting-2023.txt': { title: /^全省光电产业链专题会议召开/, outlet: '洛阳网', date: '2023-06-12', regions: ['河南省', '洛阳市', '郑州市'], chains: ['光电'] },
    'henan-future-industries-meeting-2024.txt': { title: /未来产业/, outlet: '河南日报客户端', date: undefined, regions: ['郑州市'], chains: [] },
    'changchun-optoelectronics-expo-2024.txt': { title: /长春国际光电博览会/, outlet: '中央广电总台国际在线', date: '2024-06-07', regions: ['长春市'], chains: ['光电'] },
  };

  test('each article: title, outlet, date, regions and chains with the seeded taxonomy', async () => {
    const t = memoryDb();
    const tmp = tempDir();
    try {
      for (const f of Object.keys(expect)) copyFileSync(path.join(corpus, f), path.join(tmp.dir, f));
      const batch = await importPaths(t.db, [tmp.dir]);
      assert.equal(batch.counts.imported, 3);
      for (const r of batch.results) {
        const want = expect[path.basename(r.file)];
        assert.match(r.title!, want.title, r.file);
        assert.equal(r.outlet, want.outlet, r.file);
        assert.equal(r.publishedAt?.slice(0, 10), want.date, r.file);
        const s = r.suggestions as { regions: { name: string }[]; chains: { name: string }[] };
        for (const region of want.regions) assert.ok(s.regions.some((x) => x.name === region), `${r.file}: region ${region} in ${s.regions.map((x) => x.name)}`);
        for (const chain of want.chains) assert.ok(s.chains.some((x) => x.name === chain), `${r.file}: chain ${chain} in ${s.chains.map((x) => x.name)}`);
      }
    } finally {
      t.close();
      tmp.cleanup();
    }
  });
});
