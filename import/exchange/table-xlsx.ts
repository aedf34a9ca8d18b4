import ExcelJS from 'exceljs';
import { checkXlsxArchive } from '../limits';
import { fromGrid, type TableRead } from './table';

// Excel workbooks: the first sheet (or the one named "records", which the
// table export writes first) is the table. Cells become text as the researcher
// sees them; a cell Excel stores as a date becomes YYYY-MM-DD, the precision
// such a cell has.

type Value = ExcelJS.CellValue;

function text(v: Value): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return text(v.result as Value);
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

export async function readXlsxTable(bytes: Uint8Array): Promise<TableRead> {
  // Inflated under a budget first: exceljs inflates whatever a part holds, and a small zip can hold gigabytes.
  const refused = checkXlsxArchive(bytes);
  if (refused) return { headers: [], rows: [], errors: [{ row: null, code: refused.code === 'too-large' ? 'too-large' : 'corrupt', message: refused.message }], encoding: null };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (err) {
    return { headers: [], rows: [], errors: [{ row: null, code: 'corrupt', message: `not a readable Excel workbook (${(err as Error).message})` }], encoding: null };
  }
  const ws = wb.getWorksheet('records') ?? wb.worksheets[0];
  if (!ws) return { headers: [], rows: [], errors: [{ row: null, code: 'empty', message: 'the workbook has no sheet' }], encoding: null };
  const grid: { row: number; cells: string[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = text(cell.value);
    });
    grid.push({ row: n, cells: Array.from(cells, (c) => c ?? '') });
  });
  return fromGrid(grid, null);
}
