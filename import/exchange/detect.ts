// Which exchange format a file holds, from its first bytes (and, for tables, its
// name): `chainline import` routes these to their own readers and everything
// else to the article importer. Content decides where it can, since a
// reference manager's export is often saved as .txt; tables need their
// extension, because a comma-separated article is still an article.

export const EXCHANGE_FORMATS = ['bundle', 'csl-json', 'ris', 'bibtex', 'csv', 'xlsx'] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

/** How many leading bytes detection needs: read no more than this before deciding. */
export const SNIFF_BYTES = 64 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The names of a zip's first entries, from their local headers (enough to tell a bundle from a workbook). */
function zipEntryNames(head: Uint8Array, max = 8): string[] {
  const names: string[] = [];
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let at = 0;
  while (names.length < max && at + 30 <= head.length && view.getUint32(at, true) === 0x04034b50) {
    const flags = view.getUint16(at + 6, true);
    const size = view.getUint32(at + 18, true);
    const nameLen = view.getUint16(at + 26, true);
    const extraLen = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(head.subarray(at + 30, at + 30 + nameLen)));
    // With a data descriptor (flag bit 3) the size is unknown here: the first name is all we can read.
    if (flags & 0x08) break;
    at += 30 + nameLen + extraLen + size;
  }
  return names;
}

/** The start of a text file without BOM, comments and leading blanks (UTF-8; other encodings never match). */
function textStart(head: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 16 * 1024)).replace(/^\uFEFF/, '').trimStart();
}

const BIBTEX_ENTRY = /^@(article|book|booklet|inbook|incollection|inproceedings|conference|manual|mastersthesis|misc|online|phdthesis|proceedings|report|techreport|unpublished|newspaper|electronic|www|string|preamble|comment)\s*[{(]/i;

export function detectExchange(head: Uint8Array, fileName: string): ExchangeFormat | null {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (ZIP.every((b, i) => head[i] === b)) {
    const names = zipEntryNames(head);
    if (names.includes('bundle.json')) return 'bundle';
    if (names.some((n) => n === '[Content_Types].xml' || n.startsWith('xl/')) && ext === 'xlsx') return 'xlsx';
    if (ext === 'xlsx') return 'xlsx';
    return null;
  }
  const text = textStart(head);
  if (text.startsWith('{') && /"format"\s*:\s*"chainline-bundle"/.test(text.slice(0, 4096))) return 'bundle';
  if (text.startsWith('[') && /^\[\s*(\{\s*("[^"]*"\s*:\s*("[^"]*"|[^,{}[\]]*|\[[^\]]*\]|\{[^}]*\})\s*,\s*)*"(type|title|id|issued|container-title)"\s*:|\]\s*$)/.test(text) && /"type"\s*:/.test(text)) {
    return 'csl-json';
  }
  if (/^TY {2}- /.test(text)) return 'ris';
  if (BIBTEX_ENTRY.test(text.replace(/^(%[^\n]*\n\s*)+/, ''))) return 'bibtex';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  return null;
}
