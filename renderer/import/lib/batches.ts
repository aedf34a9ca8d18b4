export interface BatchLimits {
  maxFiles: number;
  maxBytes: number;
}

// Small enough for a progress step every second or so and a quick stop on
// cancel; large enough that 1,000 files are ~40 calls, not 1,000. The API
// refuses batches over 64 MB of decoded data.
export const BATCH: BatchLimits = { maxFiles: 25, maxBytes: 8 * 1024 * 1024 };

/** The largest single file the browser path sends (base64 grows it by a third; the API takes 64 MB per call). */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

/**
 * Whether a batch holding `count` files of `bytes` in all must close before a
 * file of `next` bytes joins it. Decided file by file as files are read,
 * because asking a File its size can cost a round trip to the browser process:
 * sizing 1,000 files up front blocks the page for a quarter of a second.
 * A file over maxBytes still travels, alone.
 */
export function batchFull(count: number, bytes: number, next: number, limits: BatchLimits = BATCH): boolean {
  return count >= limits.maxFiles || (count > 0 && bytes + next > limits.maxBytes);
}
