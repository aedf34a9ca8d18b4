import { deflateRawSync, inflateRawSync } from 'node:zlib';

// An imported article's original (the file's text before cleaning: a whole web
// page, say) is kept so it can be shown and cleaned again, but it is rarely
// read. It is stored deflated, as a BLOB: web pages shrink to a fifth, Chinese
// prose to about half. An empty original stays '' (nothing was kept), and text
// stored by an older version is still read as it is.

/** The value to store for an original text. */
export function packOriginal(text: string): string | Buffer {
  return text ? deflateRawSync(Buffer.from(text, 'utf8')) : '';
}

/** The original text from a stored value (BLOB, or TEXT written before compression). */
export function unpackOriginal(stored: unknown): string {
  if (stored == null) return '';
  if (typeof stored === 'string') return stored;
  return inflateRawSync(stored as Uint8Array).toString('utf8');
}
