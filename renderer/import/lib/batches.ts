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
 * Splits files (by size) into consecutive batches of at most maxFiles files
 * and maxBytes bytes; a file larger than maxBytes travels alone. Returns
 * [start, end) index pairs into the input.
 */
export function planBatches(sizes: readonly number[], limits: BatchLimits = BATCH): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    const full = i - start >= limits.maxFiles || (i > start && bytes + sizes[i] > limits.maxBytes);
    if (full) {
      out.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += sizes[i];
  }
  if (start < sizes.length) out.push([start, sizes.length]);
  return out;
}
