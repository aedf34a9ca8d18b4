import type { ReportData, ReportRow, ReportSource } from '../../api/contract/export';

// The CSV export of a report (export.report): what researchers take to a
// spreadsheet. It is written for Excel, the usual consumer:
// a UTF-8 BOM (or it guesses the ANSI code page and garbles Chinese), CRLF
// rows, and cells that would start a formula are defused.

export const CSV_COLUMNS = ['id', 'kind', 'subkind', 'title', 'date_start', 'date_end', 'status', 'chains', 'regions', 'targets', 'sources'] as const;

/** Quotes a cell when needed; a leading = + - @ (or tab/CR) would make Excel run it as a formula. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const target = (t: ReportRow['targets'][number]) =>
  [t.metric, t.value === null ? '' : `${t.value}${t.unit ? ` ${t.unit}` : ''}`, t.deadline ? `(${t.deadline})` : ''].filter(Boolean).join(' ');

const source = (s: ReportSource | undefined) => (s ? [s.outlet, s.title ? `《${s.title}》` : '', s.publishedAt ?? '', s.url].filter(Boolean).join(' ') : '');

export function reportToCsv(report: ReportData): string {
  const byId = new Map(report.sources.map((s) => [s.id, s]));
  const rows = report.rows.map((r) =>
    [
      r.id,
      r.kind,
      r.subkind,
      r.title,
      r.dateStart,
      r.dateEnd,
      r.status,
      r.chains.join('; '),
      r.regions.join('; '),
      r.targets.map(target).join('; '),
      r.sourceIds.map((id) => source(byId.get(id))).join('; '),
    ].map(csvCell),
  );
  return `\uFEFF${[CSV_COLUMNS.map(csvCell), ...rows].map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
