import path from 'node:path';
import { AppError } from '../../api/errors';
import {
  DEFAULT_TABLE_COLUMNS, DEFAULT_TABLE_SORT, type CiteSource, type DataExport, type DataFormat, type ReportData, type TableColumn,
} from '../../api/contract/export';
import type { RecordFilter } from '../../api/contract/filters';
import type { Lang } from '../../i18n';
import { toBibtex } from '../citations/bibtex';
import { toCslJson } from '../citations/csl';
import { reportToMarkdown } from '../citations/markdown';
import { withReferences } from '../citations/references';
import { toRis } from '../citations/ris';
import { dataFileName } from '../file-name';
import { reportToCsv } from './csv';
import { reportToJson } from './json';
import { reportToXlsx } from './xlsx';

/** The most records a data file holds (export.report's own maximum). */
export const DATA_LIMIT = 100_000;

/** Formats that hold sources for a reference manager rather than records. */
export const CITATION_FORMATS = ['csl-json', 'ris', 'bibtex'] as const satisfies readonly DataFormat[];
export const isCitationFormat = (f: DataFormat): f is (typeof CITATION_FORMATS)[number] => (CITATION_FORMATS as readonly string[]).includes(f);

export interface DataFileSource {
  /** The database file the records come from: it names the file and is recorded in JSON. */
  dbPath: string;
  version: string;
}

/** What a data file is made from: the report of the filtered records, and for citation formats the sources they cite, whole. */
export interface DataInput {
  report: ReportData;
  sources?: CiteSource[];
  lang?: Lang;
}

/** How a table (csv, xlsx) is laid out: the records screen's order and columns. */
export interface TableLayout {
  sort: string;
  columns: readonly TableColumn[];
}

/** One data export, ready to download or write: the same for the CLI, browser mode and Electron. */
export async function dataFile(
  input: DataInput,
  format: DataFormat,
  filter: RecordFilter,
  from: DataFileSource,
  table: TableLayout = { sort: DEFAULT_TABLE_SORT, columns: DEFAULT_TABLE_COLUMNS },
  now = new Date(),
): Promise<DataExport> {
  const { report } = input;
  const fileName = dataFileName(from.dbPath, format, now);
  const text = (content: string, records = report.rows.length): DataExport => ({ fileName, content, encoding: 'utf8', records });
  const sources = () => {
    if (!input.sources) throw new Error(`a ${format} export needs the cited sources`);
    return input.sources;
  };
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
    case 'csl-json':
      return text(toCslJson(sources()), sources().length);
    case 'ris':
      return text(toRis(sources()), sources().length);
    case 'bibtex':
      return text(toBibtex(sources(), { version: from.version, exportedAt: now.toISOString() }), sources().length);
    case 'markdown':
      return text(reportToMarkdown(withReferences(report), { lang: input.lang ?? 'zh', heading: path.basename(from.dbPath).replace(/\.(db|sqlite3?)$/i, ''), version: from.version }));
    default:
      // Bundles are built over whole rows, not a report (export/handlers.ts).
      throw new AppError('invalid-argument', `${format} is not a report format`, 'format');
  }
}
