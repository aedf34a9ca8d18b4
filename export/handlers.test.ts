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
  const handlers: Handlers = { ...t.handlers, export: exportHandlers({ report: t.handlers.export.report, printer, dbPath: '/data/芯片 研究.db', version: '9.9.9' }) };
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
    const h = exportHandlers({ report: t.handlers.export.report, printer: cannot, dbPath: 'x.db', version: '' });
    assert.throws(() => h.pdfStart({ view: {} as never }), /no built print page/);
  });
});
