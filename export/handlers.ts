import type { Handlers } from '../api/contract';
import type { BundleData } from '../api/bundle/format';
import type { CiteSource, ReportData } from '../api/contract/export';
import type { RecordFilter } from '../api/contract/filters';
import type { z } from 'zod';
import type { RecordSort } from '../api/contract/records';
import { AppError } from '../api/errors';
import { LIMITS } from '../import/limits';
import { bundleDocument, bundleZip } from './bundle/bundle-zip';
import { reportToMarkdown } from './citations/markdown';
import { withReferences } from './citations/references';
import { DATA_LIMIT, dataFile, isCitationFormat, type DataFileSource } from './data/data-file';
import { dataFileName, suggestedFileName } from './file-name';
import { PdfJobs } from './pdf-jobs';
import type { PdfPrinter } from './printer';

type RecordSortValue = z.infer<typeof RecordSort>;

/** Tables follow the screen's order and columns; JSON keeps the report's chronological order. */
const TABLES = new Set(['csv', 'xlsx']);

export interface ExportDeps extends DataFileSource {
  /** The records of a report: the database's export.report. */
  report(args: { filter: RecordFilter; limit: number; withUndated: boolean; ids?: string[]; sort?: RecordSortValue; tableFields?: boolean }): ReportData | Promise<ReportData>;
  /** The sources the filtered records cite, whole (every source for no filter): the database's export.citedSources. */
  citedSources(args: { filter: RecordFilter }): CiteSource[] | Promise<CiteSource[]>;
  printer: PdfPrinter;
  /** Whole rows of the filtered records and what they reference, for a bundle: the database's readBundleData. */
  bundleData?(filter: RecordFilter): BundleData;
}

/** A bundle of the filtered records: whole rows, not the report's, so a colleague's Chainline can merge them. */
function bundleExport(d: ExportDeps, filter: RecordFilter, now = new Date()) {
  if (!d.bundleData) throw new AppError('invalid-argument', 'bundles need the database the records are in', 'format');
  const data = d.bundleData(filter);
  const zip = bundleZip(bundleDocument(data, { version: d.version, filter, exportedAt: now.toISOString() }));
  // Refused here rather than by the colleague's import, which reads no bundle over the limit.
  if (zip.length > LIMITS.bundleBytes) {
    throw new AppError('too-large', `the bundle would be ${(zip.length / 2 ** 20).toFixed(0)} MB; a bundle may be at most ${LIMITS.bundleBytes / 2 ** 20} MB: narrow the filter and export it in parts`);
  }
  return { fileName: dataFileName(d.dbPath, 'bundle', now), content: Buffer.from(zip).toString('base64'), encoding: 'base64' as const, records: data.records.length };
}

/** The contract's export calls: the report from the database, PDF jobs through the host's printer, data files. */
export function exportHandlers(d: ExportDeps): Handlers['export'] {
  const jobs = new PdfJobs();
  return {
    // Sources carry their GB/T 7714 reference: the PDF's list of sources prints it.
    report: async (a) => withReferences(await d.report(a)),
    citedSources: (a) => d.citedSources(a),
    markdown: async (a) => {
      const report = withReferences(await d.report({ filter: {}, limit: a.ids.length, withUndated: false, ids: a.ids }));
      return { content: reportToMarkdown(report, { lang: a.lang }), records: report.rows.length };
    },
    pdfStart: (a) => {
      d.printer.preflight?.();
      const job = jobs.start(async (onStep) => {
        const { pdf, summary } = await d.printer(a.view, onStep);
        return { pdf: Buffer.from(pdf), summary: { pages: summary.pages, records: summary.records, fileName: suggestedFileName(a.view) } };
      });
      return { job };
    },
    pdfStatus: (a) => {
      const status = jobs.status(a.job);
      if (!status) throw new AppError('not-found', `no such export: ${a.job}`, 'job');
      return status;
    },
    data: async (a) => {
      if (a.format === 'bundle') return bundleExport(d, a.filter);
      // Citation formats hold sources, not records: no need to read the records whole.
      const table = TABLES.has(a.format);
      const report = isCitationFormat(a.format)
        ? { rows: [], sources: [], total: 0, undated: 0 }
        : await d.report({ filter: a.filter, limit: DATA_LIMIT, withUndated: false, sort: table ? a.sort : undefined, tableFields: table });
      const sources = isCitationFormat(a.format) ? await d.citedSources({ filter: a.filter }) : undefined;
      return dataFile({ report, sources, lang: a.lang }, a.format, a.filter, d, { sort: a.sort, columns: a.columns });
    },
  };
}
