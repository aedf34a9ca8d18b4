import { decodeBytes } from './decode/decode';
import { checkArticleLength, checkDocxArchive, checkHtmlDepth, LIMITS, tooLarge } from './limits';
import { parseDocx } from './parsers/docx';
import { parseHtml } from './parsers/html';
import { declaredCharset } from './parsers/html-meta';
import { parseMarkdown } from './parsers/markdown';
import { parsePdf } from './parsers/pdf';
import { detectFormat } from './parsers/sniff';
import { parseTxt } from './parsers/txt';
import type { ParseResult } from './types';

async function parse(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  const detected = detectFormat(bytes, fileName);
  if ('error' in detected) return { ok: false, error: detected.error };
  const { format } = detected;
  // By what the content is, whatever the name says: a 60 MB .pdf that is really text is text.
  const max = format === 'docx' || format === 'pdf' ? LIMITS.documentBytes : LIMITS.textBytes;
  if (bytes.byteLength > max) return { ok: false, error: tooLarge(fileName, bytes.byteLength, max) };
  if (format === 'docx') {
    const refused = checkDocxArchive(bytes);
    return refused ? { ok: false, error: refused } : parseDocx(bytes, fileName);
  }
  if (format === 'pdf') return parsePdf(bytes, fileName);
  const decoded = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded.ok) return decoded;
  if (format === 'html') {
    const refused = checkHtmlDepth(decoded.text);
    return refused ? { ok: false, error: refused } : parseHtml(decoded.text, decoded.encoding, fileName);
  }
  if (format === 'md') return parseMarkdown(decoded.text, decoded.encoding, fileName);
  return parseTxt(decoded.text, decoded.encoding, fileName);
}

/** A parsed article too long to store and index is refused here, before it leaves the parser (a worker, for files). */
export function withinLength(result: ParseResult): ParseResult {
  const refused = result.ok ? checkArticleLength(result.article.body.length) : null;
  return refused ? { ok: false, error: refused } : result;
}

/** Parses one imported file. Bad input gives { ok: false }, never an exception. */
export async function parseArticle(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  try {
    return withinLength(await parse(bytes, fileName));
  } catch (error) {
    return { ok: false, error: { code: 'corrupt', message: `could not read ${fileName}: ${(error as Error).message}` } };
  }
}
