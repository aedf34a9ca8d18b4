import { z } from 'zod';
import { call } from '../define';
import { Id, RecordKind } from './common';
import type { RecordInput } from './records';

/** One file's outcome: each file is all or nothing, and one bad file never stops the others. */
export interface ImportResult {
  file: string;
  status: 'imported' | 'duplicate' | 'failed';
  error: string | null;
  sourceId: string | null;
  /** For duplicates: the source already holding this article. */
  duplicateOf: string | null;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  script: string | null;
  encoding: string | null;
  format: string | null;
  suggestions: unknown;
}

export interface ImportBatch {
  results: ImportResult[];
  counts: { imported: number; duplicate: number; failed: number };
}

export interface RecordDraft {
  record: RecordInput;
  /** People the article names who are not actors yet: the editor offers to add them. */
  newPeople: { name: string; post: string }[];
}

// Large folders are sent in batches by the caller, which shows progress between
// batches and can stop (cancel) after any of them.
export const MAX_BATCH_BYTES = 64 * 1024 * 1024;

export const imports = {
  /** Files sent by the UI (drag-and-drop, file picker): contents base64-encoded. */
  files: call(
    z.object({
      files: z
        .array(z.object({ name: z.string().min(1).max(1000), data: z.base64() }))
        .min(1)
        .max(1000)
        .refine((fs) => fs.reduce((n, f) => n + f.data.length * 0.75, 0) <= MAX_BATCH_BYTES, 'a batch is limited to 64 MB: send fewer files at a time'),
    }),
  )<ImportBatch>(),
  /** Files and folders (recursively) on this machine: the CLI and the Electron file dialogs. */
  paths: call(z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10000) }))<ImportBatch>(),
  /** Pasted text (or HTML) from the clipboard. */
  text: call(z.object({ text: z.string().trim().min(1, 'nothing to import').max(5_000_000), name: z.string().max(200).optional() }))<ImportResult>(),
  /** A draft record built from a source's suggestions (not saved), citing the sentence at `at`. */
  draft: call(
    z.object({ sourceId: Id, kind: RecordKind.optional(), at: z.number().int().min(0).optional() }),
  )<RecordDraft>(),
};
