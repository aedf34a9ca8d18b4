import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { createApi } from '../../api/client';
import type { Api, Handlers } from '../../api/contract';
import { dispatch } from '../../api/dispatch';
import { memoryDb, rejectsWith, type TestDb } from '../../db/test-helpers';
import { exportHandlers } from '../handlers';

// Tables as the records screen shows them, read back with other libraries than
// the writers: papaparse for the CSV, read-excel-file for what exceljs wrote.

let t: TestDb;
let api: Api;

before(async () => {
  t = memoryDb();
  const printer = async () => ({ pdf: new Uint8Array(), summary: { pages: 0, records: 0, timelinePages: 0 } });
  const handlers: Handlers = { ...t.handlers, export: exportHandlers({ report: t.handlers.export.report, citedSources: t.handlers.export.citedSources, printer, dbPath: '/data/表格.db', version: '9.9.9' }) };
  api = createApi((channel, args) => dispatch(handlers, channel, args));
  await t.add({ kind: 'plan', title: '《洛阳市光电产业链三年行动计划》', date: '2024-03', dateEnd: '2026', status: 'in-force', chains: ['光电'], regions: ['洛阳'], tags: ['强链'] }, true);
  await t.add({ kind: 'meeting', title: '全省光电产业链专题会议', date: '2023-06-12', regions: ['河南'] });
  await t.add({ kind: 'measure', title: '=专项引导基金', date: '2025', regions: ['郑州'] });
  await t.add({ kind: 'measure', title: '待定的措施' });
});
after(() => t.close());

const csvRows = (content: string) => Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('table exports follow the screen: columns and order as asked', () => {
  it('CSV: the default is the records screen (newest first, its columns), read back with papaparse', async () => {
    const data = await api.export.data({ format: 'csv' });
    const rows = csvRows(data.content);
    assert.deepEqual(rows[0], ['id', 'date_start', 'date_end', 'kind', 'subkind', 'title', 'chains', 'regions', 'status', 'sources']);
    // Newest first by the first day: 2025, 2024-03, 2023-06-12, undated last.
    assert.deepEqual(rows.slice(1).map((r) => r[5]), ["'=专项引导基金", '《洛阳市光电产业链三年行动计划》', '全省光电产业链专题会议', '待定的措施']);
    const plan = rows.find((r) => r[5].includes('行动计划'))!;
    assert.equal(plan[1], '2024-03', 'a month stays a month');
    assert.equal(plan[2], '2026');
  });

  it('CSV: columns and sort as asked', async () => {
    const data = await api.export.data({ format: 'csv', sort: 'date', columns: ['title', 'tags', 'date_start'] });
    const rows = csvRows(data.content);
    assert.deepEqual(rows[0], ['title', 'tags', 'date_start']);
    assert.deepEqual(rows.slice(1).map((r) => r[2]), ['2023-06-12', '2024-03', '2025', '']);
    assert.equal(rows[2][1], '强链');
  });

  it('xlsx: read back with read-excel-file, Chinese intact, dates as text at their precision, a sheet about the export', async () => {
    const data = await api.export.data({ format: 'xlsx', sort: 'title', columns: ['title', 'date_start', 'date_end', 'chains', 'regions', 'kind'], filter: { kinds: ['plan', 'meeting'] } });
    assert.equal(data.encoding, 'base64');
    assert.match(data.fileName, /^表格 \d{4}-\d\d-\d\d\.xlsx$/);
    const sheets = await readXlsxFile(Buffer.from(data.content, 'base64'));
    assert.deepEqual(sheets.map((s) => s.sheet), ['records', 'about']);
    const [head, ...rows] = sheets[0].data;
    assert.deepEqual(head, ['title', 'date_start', 'date_end', 'chains', 'regions', 'kind']);
    // Pinyin order: 全 (quan) before 洛 (luo)? l < q, so 《洛阳… first (the 《 is ignored by the sort key).
    assert.deepEqual(rows.map((r) => r[0]), ['《洛阳市光电产业链三年行动计划》', '全省光电产业链专题会议']);
    assert.deepEqual(rows[0], ['《洛阳市光电产业链三年行动计划》', '2024-03', '2026', '光电', '洛阳市', 'plan']);
    assert.equal(typeof rows[1][1], 'string', 'a day is text too, never an Excel date');
    assert.equal(rows[1][1], '2023-06-12');
    const about = Object.fromEntries(sheets[1].data.map(([k, v]) => [k, v]));
    assert.equal(about.format, 'chainline-records-table');
    assert.equal(about.format_version, '1');
    assert.equal(about.sort, 'title');
    assert.deepEqual(JSON.parse(String(about.filter)).kinds, ['plan', 'meeting']);
    assert.match(String(about.exported_at), /^\d{4}-\d\d-\d\dT/);
  });

  it('refuses an unknown or repeated column, naming the field', async () => {
    await rejectsWith(api.export.data({ format: 'csv', columns: ['title', 'colour' as never] }), 'invalid-argument', 'columns.1');
    await rejectsWith(api.export.data({ format: 'csv', columns: ['title', 'title'] }), 'invalid-argument', 'columns');
    await rejectsWith(api.export.data({ format: 'csv', sort: 'colour' as never }), 'invalid-argument', 'sort');
  });
});
