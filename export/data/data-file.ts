import path from 'node:path';
import { AppError } from '../../api/errors';
import type { DataExport, DataFormat, ReportData } from '../../api/contract/export';
import type { RecordFilter } from '../../api/contract/filters';
import { dataFileName } from '../file-name';
import { reportToCsv } from './csv';
import { reportToJson } from './json';

/** The most records a data file holds (export.report's own maximum). */
export const DATA_LIMIT = 100_000;

export interface DataFileSource {
  /** The database file the records come from: it names the file and is recorded in JSON. */
  dbPath: string;
  version: string;
}

/** One data export of a report, ready to download or write: the same for the CLI, browser mode and Electron. */
export function dataFile(report: ReportData, format: DataFormat, filter: RecordFilter, from: DataFileSource, now = new Date()): DataExport {
  const text = (content: string): DataExport => ({ fileName: dataFileName(from.dbPath, format, now), content, encoding: 'utf8', records: report.rows.length });
  switch (format) {
    case 'csv':
      return text(reportToCsv(report));
    case 'json':
      return text(reportToJson(report, { version: from.version, database: path.basename(from.dbPath), exportedAt: now.toISOString(), filter }));
    default:
      throw new AppError('invalid-argument', `${format} export is not built yet`, 'format');
  }
}
