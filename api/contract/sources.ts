import { z } from 'zod';
import { call } from '../define';
import { because } from '../errors';
import { parseDate } from '../dates-parse';
import { Id, Page, PartialDate, type RecordKind } from './common';

export interface SourceRow {
  id: string;
  title: string;
  /** The article had no headline: the title was made from its first sentence or file name. */
  titleProvisional: boolean;
  outlet: string;
  publishedAt: string | null;
  script: string;
  citedBy: number;
  createdAt: string;
}
export interface SourceDetail extends SourceRow {
  originalTitle: string | null;
  reporter: string;
  url: string;
  body: string;
  format: string;
  encoding: string;
  fileName: string;
  notes: string;
  /** Suggestions found at import: dates, regions, chains, plans, targets, people … (see import/). */
  suggestions: unknown;
  /**
   * Each citation with its passage. `unanchoredAt` is set when cleaning the
   * text again could not find the quote in the new body: the quote is kept,
   * the offsets are gone until the passage is cited again.
   */
  citations: { id: string; recordId: string; recordTitle: string; recordKind: RecordKind; quote: string; start: number | null; end: number | null; unanchoredAt: string | null }[];
  /** Whether the original as imported was kept (sources.original), so the body can be cleaned again. */
  hasOriginal: boolean;
  updatedAt: string;
  deletedAt: string | null;
}

export const SCRIPTS = ['simplified', 'traditional', 'mixed', 'none'] as const;
export const SourceScript = z.enum(SCRIPTS);
export type SourceScript = z.infer<typeof SourceScript>;

/** The fields of a source a researcher may correct (the body changes only by cleaning the original again). */
export const SOURCE_FIELDS = ['title', 'outlet', 'reporter', 'publishedAt', 'url', 'script', 'notes'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** One change to a source, newest first: the fields as they were and as they became. */
export interface SourceVersion {
  seq: number;
  reason: 'edit' | 'reclean';
  /** When the replaced version was saved, and when it was replaced. */
  savedAt: string;
  replacedAt: string;
  from: Partial<Record<SourceField, string | null>> & { bodyChars?: number };
  to: Partial<Record<SourceField, string | null>> & { bodyChars?: number };
  /** For a re-clean: citations found again in the new body, and those that could not be. */
  reanchored?: number;
  unanchored?: number;
}

/** What cleaning a source again did. */
export interface RecleanResult {
  id: string;
  title: string;
  /** False when the current rules give the same body: nothing was changed. */
  changed: boolean;
  bodyChars: { from: number; to: number };
  reanchored: number;
  /** Citations whose quote is not in the new body: kept with their quote, flagged, listed here. */
  unanchored: { id: string; recordId: string; recordTitle: string; quote: string }[];
}

const isRealTime = (s: string) => {
  const [day, time] = s.split('T');
  if (parseDate(day!) !== day) return false;
  if (!time) return true;
  const [h = 0, m = 0, sec = 0] = time.split(':').map(Number);
  return h < 24 && m < 60 && sec < 60;
};

/** A publish time: a day, or a day and time (2024-06-12, 2024-06-12 09:30, 2024-06-12T09:30:00), never an impossible one. */
export const PublishTime = z
  .string()
  .trim()
  .overwrite((s) => s.replace(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/, '$1T$2'))
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, { message: 'must be YYYY-MM-DD or YYYY-MM-DD HH:mm[:ss]', ...because('not-a-time') })
  .refine(isRealTime, { message: 'no such day or time', ...because('not-a-time') });

/** A web address the reader can follow: http or https, or nothing. */
export const SourceUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => {
    if (!s) return true;
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
    } catch {
      return false;
    }
  }, { message: 'must be a web address starting with http:// or https://', ...because('not-a-url') });

/** What is wrong with one entry of a reference manager's file (or the whole file: entry 'file'). */
export interface CitationEntryError {
  entry: string;
  line?: number;
  /** What is wrong, as a code with its values (the app says it in its language: import.citations.msg.<code>) and in English. */
  code: string;
  params: Record<string, string | number>;
  message: string;
}

/** What importing a CSL-JSON, RIS or BibTeX file did, or would do (a dry run). */
export interface CitationImportResult {
  file: string;
  format: 'csl-json' | 'ris' | 'bibtex' | null;
  /** Entries read from the file (errors included). */
  entries: number;
  /** Sources added (sourceId null in a dry run, or when the file was refused). */
  added: { entry: string; title: string; sourceId: string | null }[];
  /** Entries already stored (or twice in the file): by the same address, the same text, or the same title, outlet and day. */
  duplicates: { entry: string; title: string; duplicateOf: string | null; by: 'id' | 'url' | 'text' | 'title' | 'file' }[];
  errors: CitationEntryError[];
  /** What could not be kept as written (a date without a day). */
  warnings: CitationEntryError[];
  /** True when sources were stored; false for a dry run and for a refused file. */
  written: boolean;
  /** The file has errors and only valid entries were not asked for: nothing was stored. */
  refused: boolean;
}

/** A reference manager's file sent from the page: at most the article importer's limit for text files (50 MB), as base64. */
export const citationImportInput = z.strictObject({
  fileName: z.string().min(1).max(500),
  contentBase64: z.string().max(Math.ceil((50 * 1024 * 1024) / 3) * 4 + 4),
  dryRun: z.boolean().default(false),
  /** Store the valid entries of a file that has broken ones (otherwise such a file is refused whole). */
  validOnly: z.boolean().default(false),
});

export const sources = {
  list: call(
    z.strictObject({
      text: z.string().max(200).optional(),
      from: PartialDate.optional(),
      to: PartialDate.optional(),
      sort: z.enum(['-published', 'published', '-created', 'title']).default('-published'),
      page: Page.default({ offset: 0, limit: 100 }),
    }),
  )<{ total: number; rows: SourceRow[] }>(),
  get: call(z.strictObject({ id: Id }))<SourceDetail>(),
  update: call(
    z.strictObject({
      id: Id,
      title: z.string().trim().min(1).max(500).optional(),
      outlet: z.string().max(200).optional(),
      reporter: z.string().max(200).optional(),
      url: SourceUrl.optional(),
      publishedAt: PublishTime.nullable().optional(),
      script: SourceScript.optional(),
      notes: z.string().max(100000).optional(),
    }),
  )<SourceDetail>(),
  /**
   * The original as imported (the HTML source for a web page), asked for only
   * when the researcher opens it: it is shown as text, never rendered.
   */
  original: call(z.strictObject({ id: Id }))<{ raw: string; format: string }>(),
  /** The source's earlier versions, newest first. */
  history: call(z.strictObject({ id: Id }))<SourceVersion[]>(),
  /**
   * Cleans the stored original again with the current rules: the body and its
   * suggestions are replaced, citations are found again by their quotes, and
   * those that cannot be are kept, flagged and listed. Metadata is left as is.
   */
  reclean: call(z.strictObject({ id: Id }))<RecleanResult>(),
  delete: call(z.strictObject({ ids: z.array(Id).min(1).max(100000) }))<{ deleted: number }>(),
  restore: call(z.strictObject({ ids: z.array(Id).min(1).max(100000) }))<{ restored: number }>(),
  /** Creates sources from a CSL-JSON, RIS or BibTeX file (Zotero's exports), all or nothing; duplicates are reported, not stored again. */
  importCitations: call(citationImportInput)<CitationImportResult>(),
};

export const citations = {
  /** Cites a passage of a source in a record ("cite in…"). */
  add: call(
    z.strictObject({
      recordId: Id,
      sourceId: Id,
      start: z.number().int().min(0).nullish(),
      end: z.number().int().min(0).nullish(),
      quote: z.string().max(4000).optional(),
      note: z.string().max(2000).default(''),
    }),
  )<{ id: string }>(),
  remove: call(z.strictObject({ id: Id }))<{ removed: number }>(),
};
