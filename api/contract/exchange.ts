import { z } from 'zod';
import { call } from '../define';

// Files from other tools and other Chainlines, read by content (a bundle today;
// citation and table formats join here). A preview reads and plans without
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

export interface ExchangePreview {
  fileName: string;
  format: 'bundle';
  /** When and by which Chainline version the bundle was made. */
  exportedAt: string;
  appVersion: string;
  plan: BundlePlan;
}

export interface ExchangeApplied extends ExchangePreview {
  /** The backup taken before writing (null for an in-memory database). */
  backup: string | null;
}

/** A bundle file is at most 50 MB (import/limits.ts); base64 makes it a third longer. */
const ExchangeFile = z.strictObject({
  fileName: z.string().min(1).max(1000),
  contentBase64: z.base64().max(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4, 'a bundle is limited to 50 MB'),
});

export const exchange = {
  /** Reads an exchange file and says what importing it would do; writes nothing. */
  preview: call(ExchangeFile)<ExchangePreview>(),
  /** Imports an exchange file: the plan preview showed, written in one transaction after a backup. */
  apply: call(ExchangeFile)<ExchangeApplied>(),
};
