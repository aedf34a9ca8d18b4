import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { readXlsxTable } from './table-xlsx';

describe('readXlsxTable', () => {
  it('reads the first sheet as text: rich text, numbers, Excel dates, formulas by their result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.addRow(['标题', '日期', '金额']);
    ws.addRow([{ richText: [{ text: '全省' }, { text: '光电产业链会议', font: { bold: true } }] }, new Date(Date.UTC(2024, 2, 5)), 12.5]);
    ws.addRow(['方案', '2024年3月', { formula: '1+1', result: 2 }]);
    const t = await readXlsxTable(new Uint8Array(await wb.xlsx.writeBuffer()));
    assert.deepEqual(t.errors, []);
    assert.equal(t.encoding, null);
    assert.deepEqual(t.headers, ['标题', '日期', '金额']);
    assert.deepEqual(t.rows, [
      { row: 2, cells: ['全省光电产业链会议', '2024-03-05', '12.5'] },
      { row: 3, cells: ['方案', '2024年3月', '2'] },
    ]);
  });

  it('refuses a damaged file and a zip whose parts inflate past the limit, before exceljs reads it', async () => {
    assert.match((await readXlsxTable(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).errors[0].message, /not a readable Excel workbook/);
    // 200 MB of one repeated byte deflates to a few hundred kilobytes.
    const huge = new Uint8Array(200 * 2 ** 20).fill(0x20);
    const zip = zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': huge }, { level: 9 });
    const r = await readXlsxTable(zip);
    assert.equal(r.errors[0].code, 'too-large');
    assert.match(r.errors[0].message, /inflate to/);
  });
});
