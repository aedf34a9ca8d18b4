import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApi } from '../api/client';
import type { Api, Handlers } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { memoryDb, rejectsWith, type TestDb } from '../db/test-helpers';
import { exportHandlers } from './handlers';
import type { PdfPrinter } from './printer';

let t: TestDb;
let api: Api;
let printed = 0;
const printer: PdfPrinter = async (_view, onStep) => {
  onStep?.('printing');
  printed++;
  return { pdf: new TextEncoder().encode('%PDF-1.7'), summary: { pages: 2, records: 1, timelinePages: 1 } };
};

before(async () => {
  t = memoryDb();
  const handlers: Handlers = { ...t.handlers, export: exportHandlers({ report: t.handlers.export.report, citedSources: t.handlers.export.citedSources, printer, dbPath: '/data/芯片 研究.db', version: '9.9.9' }) };
  api = createApi((channel, args) => dispatch(handlers, channel, args));
  await t.add({ kind: 'plan', title: '集成电路产业链方案', date: '2023-06-12', chains: ['光电'], regions: ['河南'] });
  await t.add({ kind: 'meeting', title: '洛阳市推进会', date: '2024-01-05', regions: ['洛阳市'] });
});
after(() => t.close());

describe('export.data', () => {
  it('refuses an unknown format, naming the field', async () => {
    await rejectsWith(api.export.data({ format: 'docx' as never }), 'invalid-argument', 'format');
    await rejectsWith(api.export.data({ format: 'csv', filter: { kinds: ['event' as never] } }), 'invalid-argument', 'filter.kinds.0');
  });

  it('gives CSV with a BOM, a header and one row per record, named after the database', async () => {
    const data = await api.export.data({ format: 'csv' });
    assert.ok(data.content.startsWith('\uFEFFid,date_start,date_end,kind,'));
    assert.equal(data.records, 2);
    assert.equal(data.content.trimEnd().split('\r\n').length, 3);
    assert.match(data.fileName, /^芯片 研究 \d{4}-\d\d-\d\d\.csv$/);
  });

  it('applies the filter', async () => {
    const plans = await api.export.data({ format: 'csv', filter: { kinds: ['plan'] } });
    assert.equal(plans.records, 1);
    assert.match(plans.content, /集成电路产业链方案/);
    assert.doesNotMatch(plans.content, /洛阳市推进会/);
    const doc = JSON.parse((await api.export.data({ format: 'json', filter: { regions: ['洛阳市'] } })).content);
    assert.deepEqual(doc.records.map((r: { title: string }) => r.title), ['洛阳市推进会']);
    assert.deepEqual(doc.filter.regions, ['洛阳市']);
    assert.equal(doc.database, '芯片 研究.db');
    assert.equal(doc.version, '9.9.9');
  });
});

describe('export.pdfStart', () => {
  it('prints with the printer it was given and hands the PDF over once', async () => {
    const { job } = await api.export.pdfStart({ view: { title: '方案' } });
    let status = await api.export.pdfStatus({ job });
    for (let i = 0; i < 50 && status.phase !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 5));
      status = await api.export.pdfStatus({ job });
    }
    assert.equal(status.phase, 'done');
    assert.equal(printed, 1);
    assert.equal(Buffer.from(status.result!.pdfBase64, 'base64').toString(), '%PDF-1.7');
    assert.match(status.result!.fileName, /^方案 \d{4}-\d\d-\d\d\.pdf$/);
    await rejectsWith(api.export.pdfStatus({ job }), 'not-found', 'job');
  });

  it('refuses at once when the printer cannot print here', async () => {
    const cannot = Object.assign(printer.bind(null), { preflight: () => { throw new Error('no built print page in /x: run npm run build first'); } }) as PdfPrinter;
    const h = exportHandlers({ report: t.handlers.export.report, citedSources: t.handlers.export.citedSources, printer: cannot, dbPath: 'x.db', version: '' });
    assert.throws(() => h.pdfStart({ view: {} as never }), /no built print page/);
  });
});

describe('export.data of sources', () => {
  it('gives the sources the filtered records cite; with no filter, every source, cited or not', async () => {
    const cited = t.source({ title: '全省光电产业链专题会议召开', body: '会议指出，要做强光电产业链。', outlet: '河南日报', publishedAt: '2023-06-12', script: 'simplified' });
    t.source({ title: '未引用的文章', body: '另一篇文章。', outlet: '某网', script: 'simplified' });
    const { rows } = await api.records.list({ filter: { kinds: ['plan'] } });
    await api.citations.add({ recordId: rows[0]!.id, sourceId: cited, quote: '要做强光电产业链', note: '' });
    const plan = JSON.parse((await api.export.data({ format: 'csl-json', filter: { kinds: ['plan'] } })).content);
    assert.deepEqual(plan.map((i: { title: string }) => i.title), ['全省光电产业链专题会议召开']);
    const meetings = await api.export.data({ format: 'ris', filter: { kinds: ['meeting'] } });
    assert.equal(meetings.records, 0);
    const all = await api.export.data({ format: 'bibtex' });
    assert.equal(all.records, 2);
    assert.match(all.fileName, /\.bib$/);
    const md = await api.export.data({ format: 'markdown', filter: { kinds: ['plan'] } });
    assert.match(md.content, /^- 要做强光电产业链\[\^1\]$/m);
    assert.match(md.content, /^\[\^1\]: “要做强光电产业链” 全省光电产业链专题会议召开\[N\]\. 河南日报, 2023-06-12\.$/m);
    const one = await api.export.markdown({ ids: [rows[0]!.id], lang: 'en' });
    assert.equal(one.records, 1);
    assert.match(one.content, /^## 集成电路产业链方案$/m);
    const report = await api.export.report({ filter: { kinds: ['plan'] } });
    assert.equal(report.sources[0]!.reference, '全省光电产业链专题会议召开[N]. 河南日报, 2023-06-12.');
  });
});
