import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { TableApplied, TablePreview } from '../../api/contract/exchange';
import { LIMITS } from '../../import/limits';
import { memoryDb, rejectsWith, tableHashes, type TestDb } from '../test-helpers';
import { headerSetKey } from './table-mapping';

// Records from tables through the exchange calls, as the UI and the CLI make
// them: every bad row named by row and column, nothing written until all is
// valid (or only the valid rows are asked for), mappings remembered.

let t: TestDb;
beforeEach(() => {
  t?.close();
  t = memoryDb();
});
after(() => t.close());

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
const csv = (lines: string[], fileName = '表.csv') => ({ fileName, contentBase64: b64(`\uFEFF${lines.join('\r\n')}\r\n`) });
const preview = async (f: Parameters<TestDb['api']['exchange']['preview']>[0]) => (await t.api.exchange.preview(f)) as TablePreview;
const apply = async (f: Parameters<TestDb['api']['exchange']['apply']>[0]) => (await t.api.exchange.apply(f)) as TableApplied;

const GOOD = [
  '标题,类型,日期,产业链,地区,状态,标签,备注',
  '洛阳市光电产业链推进会议召开,会议,2024年6月12日,光电产业链,洛阳市,,专精特新,',
  '《河南省新材料产业链行动方案》,规划,2024—2026年,新材料,河南省,实施中,强链; 补链,研究笔记',
  '郑州市专项引导基金设立,措施,2025.3,,郑州,已发布,,',
];

describe('a table of records', () => {
  it('is proposed a mapping from Chinese headers, previewed without writing, then imported', async () => {
    const hashes = tableHashes(t.db);
    const p = await preview(csv(GOOD));
    assert.equal(p.format, 'csv');
    assert.equal(p.encoding, 'utf-8');
    assert.equal(p.plan.mappingFrom, 'proposed');
    assert.deepEqual(p.plan.mapping, { 标题: 'title', 类型: 'kind', 日期: 'date', 产业链: 'chains', 地区: 'regions', 状态: 'status', 标签: 'tags', 备注: 'notes' });
    assert.deepEqual(p.plan.errors, []);
    assert.deepEqual(p.plan.add.map((r) => [r.row, r.kind, r.dateStart, r.dateEnd]), [[2, 'meeting', '2024-06-12', null], [3, 'plan', '2024', '2026'], [4, 'measure', '2025-03', null]]);
    assert.deepEqual(tableHashes(t.db), hashes, 'a preview writes nothing');
    const done = await apply(csv(GOOD));
    assert.equal(done.added, 3);
    const list = await t.api.records.list({ sort: 'date' });
    assert.deepEqual(list.rows.map((r) => [r.title, r.precision, r.status]), [
      ['《河南省新材料产业链行动方案》', 'year', 'in-force'],
      ['洛阳市光电产业链推进会议召开', 'day', null],
      ['郑州市专项引导基金设立', 'month', 'announced'],
    ]);
    const plan = await t.api.records.get({ id: list.rows[0].id });
    assert.deepEqual(plan.tags.sort(), ['强链', '补链']);
    assert.equal(plan.notes, '研究笔记');
  });

  it('lists every bad cell by row and column, and writes nothing', async () => {
    const bad = [
      '标题,类型,日期,产业链,地区',
      '好的一行,会议,2024-06,光电,洛阳',
      ',会议,2024,,',
      '日期不对,规划,2024-13,,',
      '链不存在,措施,2024,量子纠缠产业链,河南',
      '类型不对,通知,2024,,',
    ];
    const hashes = tableHashes(t.db);
    const p = await preview(csv(bad));
    assert.deepEqual(p.plan.invalidRows, [3, 4, 5, 6]);
    assert.deepEqual(p.plan.errors.map((e) => e.message), [
      'row 3, column 标题: a title is required',
      "row 4, column 日期: '2024-13' is not a date (write 2024, 2024-06, 2024-06-12 or 2024年6月)",
      "row 5, column 产业链: '量子纠缠产业链' is not a known chain",
      "row 6, column 类型: '通知' is not a kind: use meeting, plan, measure",
    ]);
    assert.deepEqual(p.plan.errors.map((e) => e.reason), ['required', 'not-a-date', 'unknown-node', 'not-allowed']);
    assert.equal(p.plan.counts.add, 1);
    const refused = await rejectsWith(t.api.exchange.apply(csv(bad)), 'invalid-argument', 'fileName');
    assert.match(refused.message, /nothing was imported: 4 of 5 rows have errors: row 3, column 标题: a title is required/);
    assert.deepEqual(tableHashes(t.db), hashes);

    const valid = await apply({ ...csv(bad), validOnly: true });
    assert.equal(valid.added, 1);
    assert.deepEqual((await t.api.records.list({})).rows.map((r) => r.title), ['好的一行']);
  });

  it('reads a CSV in GB18030 and says so', async () => {
    const bytes = iconv.encode(`${GOOD.join('\r\n')}\r\n`, 'gb18030');
    const p = await preview({ fileName: 'excel.csv', contentBase64: b64(bytes) });
    assert.equal(p.encoding, 'gb18030');
    assert.equal(p.plan.add[0].title, '洛阳市光电产业链推进会议召开');
  });

  it('refuses an empty file, a table without title or kind, and a file over the limit, changing nothing', async () => {
    const hashes = tableHashes(t.db);
    assert.match((await preview({ fileName: 'x.csv', contentBase64: '' })).plan.errors[0].message, /table is empty/);
    await rejectsWith(t.api.exchange.apply({ fileName: 'x.csv', contentBase64: '' }), 'invalid-argument', 'fileName');
    const noTitle = await preview(csv(['名字,类型', 'a,会议']));
    assert.deepEqual(noTitle.plan.errors.map((e) => e.message), ['no column is mapped to title: every record needs one']);
    await rejectsWith(t.api.exchange.apply(csv(['名字,类型', 'a,会议'])), 'invalid-argument', 'fileName');
    // The contract refuses the call before it is read: base64 of 50 MB and more.
    const big = await rejectsWith(t.api.exchange.preview({ fileName: 'big.csv', contentBase64: b64(new Uint8Array(LIMITS.tableBytes + 3)) }), 'invalid-argument', 'contentBase64');
    assert.match(big.message, /limited to 50 MB/);
    assert.deepEqual(tableHashes(t.db), hashes);
  });

  it('remembers a mapping the researcher chose for the same headers, and a given one overrides it', async () => {
    const lines = ['名字,种类,时间,所在地', '全省新材料大会,会议,2024-05,河南'];
    const first = await preview(csv(lines));
    assert.equal(first.plan.mapping['名字'], null, 'not a name the proposal knows');
    assert.equal(first.plan.counts.file, 1);
    const mapping = { 名字: 'title', 所在地: 'regions' } as const;
    const done = await apply({ ...csv(lines), mapping });
    assert.equal(done.plan.mappingFrom, 'given');
    assert.equal(done.added, 1);
    assert.ok(t.db.prepare(`SELECT value FROM meta WHERE key = ?`).get(headerSetKey(lines[0].split(','))));
    const second = await preview(csv(['名字,种类,时间,所在地', '另一个会议,会议,2024,洛阳']));
    assert.equal(second.plan.mappingFrom, 'remembered');
    assert.deepEqual(second.plan.mapping, { 名字: 'title', 种类: 'kind', 时间: 'date', 所在地: 'regions' });
    assert.equal(second.plan.counts.add, 1);
    const overridden = await preview({ ...csv(['名字,种类,时间,所在地', '另一个会议,会议,2024,洛阳']), mapping: { 所在地: null } });
    assert.equal(overridden.plan.mappingFrom, 'given');
    assert.equal(overridden.plan.mapping['所在地'], null);
    assert.equal(overridden.plan.mapping['名字'], 'title', 'headers the given mapping leaves out keep the remembered field');
  });

  it('refuses a mapping that fills one field from two columns', async () => {
    const p = await preview({ ...csv(['标题,名称,类型', 'a,b,会议']), mapping: { 名称: 'title' } });
    assert.match(p.plan.errors[0].message, /columns 标题 and 名称 both fill title/);
  });

  it('reads an Excel workbook, dates typed as Excel dates included', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('会议');
    ws.addRow(['标题', '类型', '日期', '地区']);
    ws.addRow(['全省光电产业链专题会议', '会议', new Date(Date.UTC(2023, 5, 12)), '河南省']);
    ws.addRow(['方案', '规划', '2024年3月', '洛阳']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const p = await preview({ fileName: '会议.xlsx', contentBase64: b64(bytes) });
    assert.equal(p.format, 'xlsx');
    assert.deepEqual(p.plan.add.map((r) => [r.title, r.dateStart]), [['全省光电产业链专题会议', '2023-06-12'], ['方案', '2024-03']]);
  });
});

describe('a row the record rules refuse', () => {
  it('names the rule, the row and the column: an end before the start, a status on a meeting, a meeting kind on a plan', async () => {
    const p = await preview(csv([
      '标题,类型,会议类型,开始日期,结束日期,状态',
      '倒过来的规划,规划,,2026,2024,',
      '有状态的会议,会议,,2024,,实施中',
      '规划不是会议,规划,工作会议,2024,,',
    ]));
    assert.deepEqual(p.plan.errors.map((e) => e.message), [
      "row 2, column 结束日期: the end date is before the start date ('2024')",
      "row 3, column 状态: meetings have no status ('实施中')",
      "row 4, column 会议类型: only meetings have a sub-kind ('工作会议')",
    ]);
  });
});
