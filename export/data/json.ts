import type { ReportData } from '../../api/contract/export';

// The JSON export of a report: what researchers take to a script, with where
// the records came from, so a file found later still says what it holds.

export interface JsonMeta {
  version: string;
  database: string;
  exportedAt: string;
  filter: unknown;
}

export function reportToJson(report: ReportData, meta: JsonMeta): string {
  const doc = {
    format: 'chainline-records',
    formatVersion: 1,
    ...meta,
    total: report.total,
    /** False when the export stopped at the row limit. */
    complete: report.rows.length === report.total,
    records: report.rows,
    sources: report.sources,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
