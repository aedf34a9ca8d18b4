import { z } from 'zod';
import { call } from '../define';
import type { Reason } from '../errors';
import type { RecordKind, Status } from './common';

// Files from other tools and other Chainlines, read by content (bundles and
// tables; citation formats join here). A preview reads and plans without
// writing; apply writes the same plan in one transaction, all or nothing.

/** A record named in a plan. */
export interface MergeItem {
  id: string;
  title: string;
}

/**
 * A record both sides changed since they last agreed. `kept` is the side whose version is now current; the other
 * version is in the record's history (a deletion that lost is simply undone).
 */
export interface MergeConflict extends MergeItem {
  /** The title of the version that was not kept, when it differs from `title` (the kept version's). */
  otherTitle?: string;
  kept: 'local' | 'incoming';
  why: 'both-edited' | 'deleted-here' | 'deleted-there';
}

export interface MergeCounts {
  added: number;
  /** Found here (same UUID, or the same name or fingerprint) and left as it is. */
  matched: number;
  /** Found here and replaced by the bundle's newer edit. */
  updated: number;
}

/** What a bundle merge does (or did): per record, and in counts for what records reference. */
export interface BundlePlan {
  records: {
    added: MergeItem[];
    /** Edited only in the bundle since the two last agreed: the bundle's version replaces this one. */
    updated: MergeItem[];
    conflicts: MergeConflict[];
    /** The same here, or newer here: left alone. */
    unchanged: MergeItem[];
    /** Deleted in the bundle's database and not edited here since: moved to the trash. */
    trashed: MergeItem[];
  };
  sources: MergeCounts;
  chains: MergeCounts;
  regions: MergeCounts;
  actors: MergeCounts;
  tags: MergeCounts;
  /** Links to records neither the bundle nor this database has: left out. */
  droppedLinks: number;
}

export interface BundlePreview {
  fileName: string;
  format: 'bundle';
  /** When and by which Chainline version the bundle was made. */
  exportedAt: string;
  appVersion: string;
  plan: BundlePlan;
}

export interface BundleApplied extends BundlePreview {
  /** The backup taken before writing (null for an in-memory database). */
  backup: string | null;
}

/**
 * What a column of a table (CSV, xlsx) fills in a record. `date` takes any written form and ranges (2024—2026年);
 * `date_start`/`date_end` one date each, as the table export writes them. The rest are the record's fields by the
 * export's column names.
 */
export const TABLE_FIELDS = [
  'id', 'title', 'kind', 'subkind', 'date', 'date_start', 'date_end', 'issued_on', 'status', 'level', 'chains', 'regions', 'tags',
  'targets', 'summary', 'notes', 'place', 'host_body', 'doc_number',
] as const;
export const TableField = z.enum(TABLE_FIELDS);
export type TableField = z.infer<typeof TableField>;
/** Header → field, or null to leave the column out. */
export const TableMapping = z.record(z.string().max(500), TableField.nullable());
export type TableMapping = z.infer<typeof TableMapping>;

/** A cell (or a whole row, or the file: row null) that cannot become part of a record, named as a spreadsheet names it. */
export interface TableError {
  /** The spreadsheet's row number (the header is row 1), or null for the file or the mapping. */
  row: number | null;
  /** The header of the column, or null for the row as a whole. */
  column: string | null;
  /** What was written there. */
  value: string | null;
  /** English, whole: "row 7, column 日期: '2024-13' is not a date". */
  message: string;
  reason?: Reason;
  params?: Record<string, string | number>;
}

/** A row that would become (or became) a record. */
export interface TableRowItem {
  row: number;
  id: string | null;
  title: string;
  kind: RecordKind;
  dateStart: string | null;
  dateEnd: string | null;
  status: Status | null;
  chains: string[];
  regions: string[];
  tags: string[];
}

export interface TablePlan {
  headers: string[];
  /** The mapping used, for every header. */
  mapping: TableMapping;
  /** Where it came from: given with the call, remembered from an earlier import of the same headers, or proposed from the header names. */
  mappingFrom: 'given' | 'remembered' | 'proposed';
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  /** Rows to add (the first 1,000; counts.add has them all). */
  add: TableRowItem[];
  /** Rows whose record id is already here: left alone, never imported twice. */
  existing: (MergeItem & { row: number })[];
  /** Rows with at least one error. */
  invalidRows: number[];
  /** Errors by row and column (the first 1,000; counts.errors has them all). */
  errors: TableError[];
  /** `file`: errors of the file or the mapping (no row can be imported while there is one). */
  counts: { add: number; existing: number; invalid: number; errors: number; file: number };
}

export interface TablePreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** The text encoding a CSV was read in (gb18030 for one saved by Excel on a Chinese Windows), null for xlsx. */
  encoding: string | null;
  plan: TablePlan;
}

export interface TableApplied extends TablePreview {
  /** Rows written: all of plan.add, or none. */
  added: number;
  /** The backup taken before writing (null when nothing was written, or for an in-memory database). */
  backup: string | null;
}

/** What reading an exchange file says, by format: each format carries its own plan. */
export type ExchangePreview = BundlePreview | TablePreview;
export type ExchangeApplied = BundleApplied | TableApplied;

/** A bundle file is at most 50 MB (import/limits.ts); base64 makes it a third longer. */
const ExchangeFile = z.strictObject({
  fileName: z.string().min(1).max(1000),
  contentBase64: z.base64().max(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4, 'an exchange file is limited to 50 MB'),
  /** Tables: the header → field mapping to use (headers left out keep the remembered or proposed one). */
  mapping: TableMapping.optional(),
  /** Tables: import the valid rows and leave the rows with errors out (otherwise any error stops the import). */
  validOnly: z.boolean().default(false),
});

export const exchange = {
  /** Reads an exchange file and says what importing it would do; writes nothing. */
  preview: call(ExchangeFile)<ExchangePreview>(),
  /** Imports an exchange file: the plan preview showed, written in one transaction after a backup. */
  apply: call(ExchangeFile)<ExchangeApplied>(),
};
