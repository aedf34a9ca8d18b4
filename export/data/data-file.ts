import path from 'node:path';
import { AppError } from '../../api/errors';
import { DEFAULT_TABLE_COLUMNS, DEFAULT_TABLE_SORT, type DataExport, type DataFormat, type ReportData, type TableColumn } from '../../api/contract/export';
import type { RecordFilter } from '../../api/contract/filters';
import { dataFileName } from '../file-name';
import { reportToCsv } from './csv';
import { reportToJson } from './json';
import { reportToXlsx } from './xlsx';

/** The most records a data file holds (export.report's own maximum). */
export const DATA_LIMIT = 100_000;

export interface DataFileSource {
  /** The database file the records come from: it names the file and is recorded in JSON. */
  dbPath: string;
  version: string;
}

export interface TableLayout {
  sort: string;
  columns: readonly TableColumn[];
}

/** One data export of a report, ready to download or write: the same for the CLI, browser mode and Electron. */
export async function dataFile(
  report: ReportData,
  format: DataFormat,
  filter: RecordFilter,
  from: DataFileSource,
  table: TableLayout = { sort: DEFAULT_TABLE_SORT, columns: DEFAULT_TABLE_COLUMNS },
  now = new Date(),
): Promise<DataExport> {
  const fileName = dataFileName(from.dbPath, format, now);
  const text = (content: string): DataExport => ({ fileName, content, encoding: 'utf8', records: report.rows.length });
  switch (format) {
    case 'csv':
      return text(reportToCsv(report, table.columns));
    case 'xlsx': {
      const about = { filter, sort: table.sort, exportedAt: now.toISOString(), version: from.version, database: path.basename(from.dbPath) };
      const bytes = await reportToXlsx(report, table.columns, about);
      return { fileName, content: Buffer.from(bytes).toString('base64'), encoding: 'base64', records: report.rows.length };
    }
    case 'json':
      return text(reportToJson(report, { version: from.version, database: path.basename(from.dbPath), exportedAt: now.toISOString(), filter }));
    default:
      throw new AppError('invalid-argument', `${format} export is not built yet`, 'format');
  }
}
