import { decodeBytes } from './decode/decode';
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
  if (format === 'docx') return parseDocx(bytes, fileName);
  if (format === 'pdf') return parsePdf(bytes, fileName);
  const decoded = decodeBytes(bytes, format === 'html' ? declaredCharset(bytes) : null);
  if (!decoded.ok) return decoded;
  if (format === 'html') return parseHtml(decoded.text, decoded.encoding, fileName);
  if (format === 'md') return parseMarkdown(decoded.text, decoded.encoding, fileName);
  return parseTxt(decoded.text, decoded.encoding, fileName);
}

/** Parses one imported file. Bad input gives { ok: false }, never an exception. */
export async function parseArticle(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  try {
    return await parse(bytes, fileName);
  } catch (error) {
    return { ok: false, error: { code: 'corrupt', message: `could not read ${fileName}: ${(error as Error).message}` } };
  }
}
