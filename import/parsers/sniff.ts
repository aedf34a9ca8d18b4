import type { ImportFormat, ParseError } from '../types';

const BY_EXTENSION: Record<string, ImportFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', shtml: 'html', xhtml: 'html', docx: 'docx', pdf: 'pdf',
};
const LEGACY: Record<string, string> = {
  doc: 'an old binary Word file: save it as .docx', wps: 'a WPS file: save it as .docx', rtf: 'an RTF file: save it as .docx or .txt',
  mht: 'a web archive: save the page as HTML', mhtml: 'a web archive: save the page as HTML',
};
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
const HTML_TAGS = /<(?:p|div|br|article|section|h[1-6]|table|span)\b[^>]*>/gi;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The first 4 KB as Latin-1: enough to see tags and signatures whatever the real charset. */
function head(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
}

export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  return (text.slice(0, 4096).match(HTML_TAGS)?.length ?? 0) >= 3;
}

/**
 * The format of a file: the signature wins over the extension for PDF and Word, a .txt holding an
 * HTML page is HTML, and an unknown extension is accepted only when its content is recognisable.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): { format: ImportFormat } | { error: ParseError } {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (extension === 'docx' || head(bytes).includes('word/')) return { format: 'docx' };
    return { error: { code: 'unsupported', message: 'a zip archive that is not a Word document' } };
  }
  if (LEGACY[extension]) return { error: { code: 'unsupported', message: `.${extension} is ${LEGACY[extension]}` } };
  const known = BY_EXTENSION[extension];
  if (known === 'txt' || known === 'md') return { format: HTML_START.test(head(bytes)) ? 'html' : known };
  if (known) return { format: known };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { error: { code: 'unsupported', message: 'an old binary Office file: save it as .docx' } };
  const text = head(bytes).replace(/\0/g, '');
  if (looksLikeHtml(text)) return { format: 'html' };
  return { error: { code: 'unsupported', message: extension ? `unsupported file type .${extension}` : 'a file without extension whose content is not HTML, Word or PDF' } };
}
