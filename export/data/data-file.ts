import path from 'node:path';
import { AppError } from '../../api/errors';
import type { CiteSource, DataExport, DataFormat, ReportData } from '../../api/contract/export';
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

/** One data export, ready to download or write: the same for the CLI, browser mode and Electron. */
export function dataFile(input: DataInput, format: DataFormat, filter: RecordFilter, from: DataFileSource, now = new Date()): DataExport {
  const { report } = input;
  const text = (content: string, records = report.rows.length): DataExport => ({ fileName: dataFileName(from.dbPath, format, now), content, encoding: 'utf8', records });
  const sources = () => {
    if (!input.sources) throw new Error(`a ${format} export needs the cited sources`);
    return input.sources;
  };
  switch (format) {
    case 'csv':
      return text(reportToCsv(report));
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
      throw new AppError('invalid-argument', `${format} export is not built yet`, 'format');
  }
}
