import { inflateRawSync } from 'node:zlib';
import type { ParseError } from './types';

const MB = 1024 * 1024;

/**
 * How much one imported file may hold. Checked before a file's content is
 * read whole (its size on disk) and again by the parser (what it inflates to
 * or how deep it nests), so one file can never take the memory of a batch.
 */
export const LIMITS = {
  /**
   * .txt, .md, .html and anything else read as text: ~3.5 million Chinese characters in UTF-8, a few books. A news
   * article is under 100 KB; the limit is set so that importing the largest accepted file stays under 500 MB of memory
   * (measured by `npm run bench`, figure import-memory).
   */
  textBytes: 10 * MB,
  /** .docx and .pdf, which carry images and fonts besides their text. */
  documentBytes: 100 * MB,
  /** The XML parts of a .docx once inflated (document, styles, notes…): a 300-page report is ~10 MB. */
  docxXmlBytes: 32 * MB,
  /** Element nesting of a web page; real pages stay under 100, and parsers recurse per level. */
  htmlDepth: 1000,
  /**
   * Characters in one article's cleaned text, whatever the file: storing and indexing it for search costs ~35 MB of
   * memory per million characters, so a longer text (about 1,500 pages) is refused whole and the researcher splits it.
   */
  articleChars: 3_000_000,
  /** A Chainline bundle file as it arrives (zipped or plain JSON). */
  bundleBytes: 50 * MB,
  /** A table (CSV, xlsx) of records to import: 100,000 rows of a dozen columns take about 30 MB as CSV. */
  tableBytes: 50 * MB,
  /** The XML parts of an .xlsx table once inflated: 100,000 rows of a dozen columns are about 80 MB. */
  xlsxXmlBytes: 160 * MB,
  /** Its bundle.json once inflated: a string JSON.parse can still take, and far above 10,000 records with their articles. */
  bundleJsonBytes: 400 * MB,
  /** Suggestions are looked for in the first this many characters of an article (its lead and more). */
  suggestChars: 200_000,
} as const;

const DOCUMENT_EXTENSIONS = new Set(['docx', 'pdf']);

const extensionOf = (fileName: string) => /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** The largest file of this name the importer reads: documents by their extension, everything else as text. */
export function maxFileBytes(fileName: string): number {
  return DOCUMENT_EXTENSIONS.has(extensionOf(fileName)) ? LIMITS.documentBytes : LIMITS.textBytes;
}

export function tooLarge(fileName: string, size: number, max = maxFileBytes(fileName)): ParseError {
  const kind = max === LIMITS.documentBytes ? 'Word and PDF files' : 'text and web pages';
  return { code: 'too-large', message: `the file is ${mb(size)}; the limit for ${kind} is ${mb(max)}` };
}

/** Refuses an article whose cleaned text is longer than one article may be. */
export function checkArticleLength(chars: number): ParseError | null {
  if (chars <= LIMITS.articleChars) return null;
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    code: 'too-large',
    message: `its text is ${count(chars)} characters; one article may hold ${count(LIMITS.articleChars)} (about 1,500 pages): split the file into parts`,
  };
}

/** Refuses a file over its limit, by the size the caller knows before reading it. */
export function checkFileSize(fileName: string, size: number): ParseError | null {
  return size > maxFileBytes(fileName) ? tooLarge(fileName, size) : null;
}

// Void elements have no end tag, and these may leave theirs out (a parser
// closes them by itself): counting them would make a page of unclosed <p> or
// <li> look deep.
const NOT_COUNTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'colgroup', 'caption',
  'html', 'head', 'body',
]);

/** How deep a page's elements nest, counted in one pass over the markup; stops counting past `stopAt`. */
export function htmlDepth(html: string, stopAt = LIMITS.htmlDepth): number {
  // [^<>] keeps a page full of stray '<' linear: a match attempt never runs past the next one.
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g;
  let depth = 0;
  let deepest = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (NOT_COUNTED.has(m[2]!.toLowerCase()) || m[3]!.endsWith('/')) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > deepest && (deepest = depth) > stopAt) break;
  }
  return deepest;
}

export function checkHtmlDepth(html: string): ParseError | null {
  return htmlDepth(html) > LIMITS.htmlDepth
    ? { code: 'too-complex', message: `the page nests elements more than ${LIMITS.htmlDepth} levels deep; save it again from the browser or as text` }
    : null;
}

/**
 * Reads a .docx's zip directory and inflates each XML part under a running
 * budget before mammoth sees the file: JSZip, which mammoth uses, inflates
 * whatever a part holds, and a part can claim one size and inflate to
 * hundreds of MB. The directory's sizes are checked first (nothing inflated
 * when they are over), then the real inflated size is capped while it is
 * inflated. Word never declares XML entities, so a part that does (an XML
 * bomb) is refused too.
 */
export function checkDocxArchive(bytes: Uint8Array): ParseError | null {
  return checkZipXml(bytes, LIMITS.docxXmlBytes, (message) => ({ code: 'corrupt', message: `not a readable Word document: ${message}` }), 'Word');
}

/** The same check for an Excel workbook (exceljs, like mammoth, inflates whatever a part holds). */
export function checkXlsxArchive(bytes: Uint8Array): ParseError | null {
  return checkZipXml(bytes, LIMITS.xlsxXmlBytes, (message) => ({ code: 'corrupt', message: `not a readable Excel workbook: ${message}` }), 'Excel');
}

function checkZipXml(bytes: Uint8Array, limit: number, corrupt: (message: string) => ParseError, app: string): ParseError | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = view.length - 22; i >= Math.max(0, view.length - 22 - 0xffff); i--) {
    if (view.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return corrupt('the zip directory is missing (a cut-off file?)');
  const count = view.readUInt16LE(end + 10);
  const dirOffset = view.readUInt32LE(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) return corrupt(`a zip64 archive, which ${app} does not write`);
  type Part = { name: string; method: number; compressed: number; size: number; local: number };
  const parts: Part[] = [];
  let declared = 0;
  for (let at = dirOffset, i = 0; i < count; i++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== 0x02014b50) return corrupt('the zip directory is damaged');
    const nameLength = view.readUInt16LE(at + 28);
    const name = view.toString('utf8', at + 46, at + 46 + nameLength);
    const part = { name, method: view.readUInt16LE(at + 10), compressed: view.readUInt32LE(at + 20), size: view.readUInt32LE(at + 24), local: view.readUInt32LE(at + 42) };
    at += 46 + nameLength + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
    if (!/\.(?:xml|rels)$/i.test(name)) continue;
    parts.push(part);
    declared += part.size;
  }
  if (declared > limit) {
    return { code: 'too-large', message: `its text parts inflate to ${mb(declared)}; the limit is ${mb(limit)}` };
  }
  let inflated = 0;
  for (const part of parts) {
    const local = part.local;
    if (local + 30 > view.length || view.readUInt32LE(local) !== 0x04034b50) return corrupt(`${part.name} is damaged`);
    const start = local + 30 + view.readUInt16LE(local + 26) + view.readUInt16LE(local + 28);
    const data = view.subarray(start, start + part.compressed);
    let xml: Buffer;
    if (part.method === 0) xml = data;
    else if (part.method === 8) {
      try {
        xml = inflateRawSync(data, { maxOutputLength: Math.max(1, limit - inflated) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          return { code: 'too-large', message: `its text parts inflate to more than ${mb(limit)}, the limit` };
        }
        return corrupt(`${part.name} cannot be inflated`);
      }
    } else return corrupt(`${part.name} uses a compression ${app} does not`);
    inflated += xml.length;
    if (inflated > limit) return { code: 'too-large', message: `its text parts inflate to more than ${mb(limit)}, the limit` };
    if (xml.includes('<!ENTITY') || xml.includes('<!DOCTYPE')) return corrupt(`${part.name} declares XML entities, which ${app} never writes`);
  }
  return null;
}
