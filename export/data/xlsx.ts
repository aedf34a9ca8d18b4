import ExcelJS from 'exceljs';
import { TABLE_FORMAT_VERSION, type ReportData, type TableColumn } from '../../api/contract/export';
import type { RecordFilter } from '../../api/contract/filters';
import { tableCells } from './table';

// The Excel export: the same table as the CSV, written with exceljs. Every cell
// is a string, so nothing can run as a formula and no date is turned into an
// Excel date (which would make '2024-03' the first of March). A second sheet
// says what the table is: the filter, the order, when and by what it was made.

export const XLSX_SHEETS = { records: 'records', about: 'about' } as const;

/** Display width of a cell in Excel's character units: CJK characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

export interface XlsxAbout {
  filter: RecordFilter;
  sort: string;
  exportedAt: string;
  version: string;
  database: string;
}

export async function reportToXlsx(report: ReportData, columns: readonly TableColumn[], about: XlsxAbout): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `Chainline ${about.version}`;
  wb.created = new Date(about.exportedAt);
  const ws = wb.addWorksheet(XLSX_SHEETS.records, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = tableCells(report, columns);
  ws.addRow([...columns]);
  for (const r of rows) ws.addRow(r.map((c) => c ?? ''));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((col, i) => {
    // Sized to the longest cell of the first thousand rows, between a narrow and a wide column; long text wraps.
    const longest = Math.max(width(columns[i]), ...rows.slice(0, 1000).map((r) => width(r[i] ?? '')));
    col.width = Math.min(60, Math.max(8, longest + 2));
    if (longest > 60) col.alignment = { wrapText: true, vertical: 'top' };
  });
  if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const info = wb.addWorksheet(XLSX_SHEETS.about);
  info.addRows([
    ['format', 'chainline-records-table'],
    ['format_version', String(TABLE_FORMAT_VERSION)],
    ['exported_at', about.exportedAt],
    ['app_version', about.version],
    ['database', about.database],
    ['records', String(report.rows.length)],
    ['sort', about.sort],
    ['filter', JSON.stringify(about.filter)],
    ['columns', columns.join(', ')],
  ]);
  info.getColumn(1).font = { bold: true };
  info.getColumn(1).width = 16;
  info.getColumn(2).width = 80;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
