import { DEFAULT_TABLE_COLUMNS, type ReportData, type TableColumn } from '../../api/contract/export';
import { tableCells } from './table';

// The CSV export of a report (export.report): what researchers take to a
// spreadsheet. It is written for Excel, the usual consumer:
// a UTF-8 BOM (or it guesses the ANSI code page and garbles Chinese), CRLF
// rows, and cells that would start a formula are defused.

/** Quotes a cell when needed; a leading = + - @ (or tab/CR) would make Excel run it as a formula. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The records with the columns asked for, in the report's order. */
export function reportToCsv(report: ReportData, columns: readonly TableColumn[] = DEFAULT_TABLE_COLUMNS): string {
  const rows = tableCells(report, columns).map((cells) => cells.map(csvCell));
  return `\uFEFF${[columns.map(csvCell), ...rows].map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
