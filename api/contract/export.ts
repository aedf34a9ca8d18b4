import { z } from 'zod';
import { call } from '../define';
import { PartialDate, type RecordKind, type Status } from './common';
import { RecordFilter } from './filters';
import { RecordSort } from './records';
import { LaneBy } from './views';

export const PAPERS = ['A4', 'A3'] as const;
export const Paper = z.enum(PAPERS);
export type Paper = z.infer<typeof Paper>;

/** How deep lanes nest by default: cluster > chain; 全国 > province > city (the region tree has a national root). */
export const LANE_DEPTH: Record<LaneBy, number> = { chain: 2, region: 3, kind: 1, actor: 1 };

/**
 * What a timeline looks like at one moment: the filter, how lanes are grouped
 * and opened, and the visible window. Saved views, shared links and PDF exports
 * all carry this, so what is printed is what was on screen.
 */
export const TimelineView = z.strictObject({
  filter: RecordFilter.default({}),
  laneBy: LaneBy.default('chain'),
  depth: z.number().int().min(1).max(3).default(2),
  /** The visible window; absent ends mean "from the first record" / "to the last". */
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  /** Parent lanes the user opened (parents start closed, showing their whole subtree). */
  open: z.array(z.string().min(1).max(100)).max(5000).default([]),
  /** Lanes showing all their rows instead of folding the surplus into count badges. */
  full: z.array(z.string().min(1).max(100)).max(5000).default([]),
});
export type TimelineView = z.input<typeof TimelineView>;
export type ParsedTimelineView = z.output<typeof TimelineView>;

export const PrintView = TimelineView.extend({
  /**
   * The lanes open on screen, exactly (none open is a state of its own: every parent closed). Absent when there is
   * no screen to follow (the CLI): the print opens what the screen opens by itself on load.
   */
  open: z.array(z.string().min(1).max(100)).max(5000).optional(),
  paper: Paper.default('A4'),
  title: z.string().trim().max(200).default(''),
  lang: z.enum(['zh', 'en']).default('zh'),
  /** Print the researcher's notes (on records and on citations) beside the quotes; off for a copy that leaves them out. */
  notes: z.boolean().default(true),
});
export type PrintView = z.input<typeof PrintView>;
export type ParsedPrintView = z.output<typeof PrintView>;

export const EXPORT_PHASES = ['queued', 'starting', 'loading', 'layout', 'printing', 'done', 'failed'] as const;
export type ExportPhase = (typeof EXPORT_PHASES)[number];

export interface PdfSummary {
  pages: number;
  records: number;
  bytes: number;
  /** A suggested file name (the browser's download and the shell's save dialog start from it). */
  fileName: string;
}
export interface PdfJobStatus {
  phase: ExportPhase;
  /** 0…1, rough: phases are weighted by how long they usually take. */
  progress: number;
  error: string | null;
  /** Present once phase is 'done'; the PDF travels once, base64 (JSON has no bytes), then the job is forgotten. */
  result: (PdfSummary & { pdfBase64: string }) | null;
}

/** One row of the report's chronological table, with what a printed table needs and nothing more. */
export interface ReportRow {
  id: string;
  kind: RecordKind;
  subkind: string | null;
  title: string;
  dateStart: string | null;
  dateEnd: string | null;
  status: Status | null;
  chains: string[];
  regions: string[];
  /** Targets as printed: metric, value and unit, deadline. */
  targets: { metric: string; value: number | null; unit: string; deadline: string | null }[];
  /** Cited sources, in citation order (ids into ReportData.sources). */
  sourceIds: string[];
  /** The sentences the record cites, in citation order, with the citation's own note ('' when none). */
  quotes: { sourceId: string; quote: string; note: string }[];
  /** The researcher's notes on the record ('' when none). */
  notes: string;
  /** The fields only a table shows, read when the report is asked for them (`tableFields`). */
  table?: ReportTableFields;
}
export interface ReportTableFields {
  tags: string[];
  summary: string;
  place: string;
  hostBody: string;
  docNumber: string;
  issuedOn: string | null;
}
export interface ReportSource {
  id: string;
  outlet: string;
  title: string;
  publishedAt: string | null;
  url: string;
  /** Who wrote it ('' when unknown): the author of a formatted reference. */
  reporter: string;
  /** simplified, traditional, mixed or none: the language a reference manager is told. */
  script: string;
  /** The source in GB/T 7714-2015, without its number (the list numbers it); added by the export room. */
  reference?: string;
}
/** A source whole, as reference managers take it: a report's source with the researcher's notes on it. */
export interface CiteSource extends Omit<ReportSource, 'reference'> {
  notes: string;
}
export interface ReportData {
  rows: ReportRow[];
  sources: ReportSource[];
  /** Matching records in all (rows stops at the limit). */
  total: number;
  /** How many of `total` have no date (they come last in `rows`). */
  undated: number;
}

/**
 * Data files of the filtered records: tables for spreadsheets, JSON for scripts, a bundle for a colleague's
 * Chainline, the cited sources for reference managers, Markdown for papers.
 */
export const DATA_FORMATS = ['csv', 'xlsx', 'json', 'bundle', 'csl-json', 'ris', 'bibtex', 'markdown'] as const;
export const DataFormat = z.enum(DATA_FORMATS);
export type DataFormat = z.infer<typeof DataFormat>;

/** How each data format is saved: its file extension, its media type, and whether it is bytes (sent base64) or text. */
export const DATA_FORMAT_FILES: Record<DataFormat, { ext: string; mime: string; binary: boolean }> = {
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8', binary: false },
  xlsx: { ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', binary: true },
  json: { ext: 'json', mime: 'application/json', binary: false },
  bundle: { ext: 'chainline', mime: 'application/zip', binary: true },
  'csl-json': { ext: 'json', mime: 'application/vnd.citationstyles.csl+json', binary: false },
  ris: { ext: 'ris', mime: 'application/x-research-info-systems', binary: false },
  bibtex: { ext: 'bib', mime: 'application/x-bibtex', binary: false },
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8', binary: false },
};

/**
 * The columns a table export can hold, named in the file as here (snake_case, the database's names). A table import
 * recognises these names, so an exported table comes back with no mapping step.
 */
export const TABLE_COLUMNS = [
  'id', 'date_start', 'date_end', 'kind', 'subkind', 'title', 'chains', 'regions', 'status', 'sources', 'tags', 'targets',
  'summary', 'notes', 'place', 'host_body', 'doc_number', 'issued_on',
] as const;
export const TableColumn = z.enum(TABLE_COLUMNS);
export type TableColumn = z.infer<typeof TableColumn>;
/** The records screen's columns (its date and kind columns hold two file columns each), with the id to import by. */
export const DEFAULT_TABLE_COLUMNS = ['id', 'date_start', 'date_end', 'kind', 'subkind', 'title', 'chains', 'regions', 'status', 'sources'] as const satisfies readonly TableColumn[];
/** The records screen's default order: newest first. */
export const DEFAULT_TABLE_SORT = '-date' as const;
/** The version of the table layout, stated in the xlsx's second sheet. */
export const TABLE_FORMAT_VERSION = 1;

export interface DataExport {
  /** A suggested file name: the database's name and today's date. */
  fileName: string;
  /** The whole file: text (CSV starts with a BOM for Excel), or base64 when `encoding` says so (xlsx, zipped bundles). */
  content: string;
  encoding: 'utf8' | 'base64';
  /** Records in the file. */
  records: number;
}

export const exportCalls = {
  /** The records of a report, chronological (undated last), with targets and cited sources in bulk. */
  report: call(
    z.strictObject({
      filter: RecordFilter.default({}),
      limit: z.number().int().min(1).max(100000).default(20000),
      /**
       * Also list the undated records that match the rest of the filter when the filter has a date range: no date can
       * place them inside or outside it, so a report lists them apart rather than leave them out without a word.
       */
      withUndated: z.boolean().default(false),
      /** Only these records (still within the filter): one record's Markdown, the selection's. */
      ids: z.array(z.string().min(1).max(100)).min(1).max(1000).optional(),
      /** The records screen's order instead of the chronological one (a table export follows the screen). */
      sort: RecordSort.optional(),
      /** Also read the fields a table may show (tags, summary, place…); a printed report has no use for them. */
      tableFields: z.boolean().default(false),
    }),
  )<ReportData>(),
  /** The sources the filtered records cite, whole; with no filter at all, every source in the database. */
  citedSources: call(z.strictObject({ filter: RecordFilter.default({}) }))<CiteSource[]>(),
  /** Records as Markdown for a paper: each quote a footnote with its source in GB/T 7714-2015. */
  markdown: call(
    z.strictObject({ ids: z.array(z.string().min(1).max(100)).min(1).max(1000), lang: z.enum(['zh', 'en']).default('zh') }),
  )<{ content: string; records: number }>(),
  /** Starts rendering a PDF of the view in headless Chromium (browser mode); poll pdfStatus. */
  pdfStart: call(z.strictObject({ view: PrintView }))<{ job: string }>(),
  pdfStatus: call(z.strictObject({ job: z.string().min(1).max(100) }))<PdfJobStatus>(),
  /**
   * The filtered records as a data file's content, for a download or a save dialog. Tables (csv, xlsx) follow `sort`
   * and hold `columns` in that order; both default to the records screen's. Markdown is labelled in `lang`.
   */
  data: call(
    z.strictObject({
      format: DataFormat,
      filter: RecordFilter.default({}),
      sort: RecordSort.default(DEFAULT_TABLE_SORT),
      columns: z
        .array(TableColumn)
        .min(1, 'name at least one column')
        .max(TABLE_COLUMNS.length)
        .refine((c) => new Set(c).size === c.length, 'a column is named twice')
        .default([...DEFAULT_TABLE_COLUMNS]),
      lang: z.enum(['zh', 'en']).default('zh'),
    }),
  )<DataExport>(),
};
