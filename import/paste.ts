import { checkHtmlDepth } from './limits';
import { withinLength } from './parse-article';
import { parseHtml } from './parsers/html';
import { parseMarkdown } from './parsers/markdown';
import { looksLikeHtml } from './parsers/sniff';
import { parseTxt } from './parsers/txt';
import type { ParseResult } from './types';

// Clipboard text arrives decoded; there is no charset to report.
const ENCODING = 'clipboard';

/** Parses pasted text: HTML when it looks like markup, Markdown when the hint says so, plain text otherwise. */
export function parsePastedText(text: string, hint: { fileName?: string } = {}): ParseResult {
  const fileName = hint.fileName ?? 'pasted text';
  try {
    if (!text.trim()) return { ok: false, error: { code: 'empty', message: 'nothing was pasted' } };
    if (looksLikeHtml(text)) {
      const refused = checkHtmlDepth(text);
      return refused ? { ok: false, error: refused } : withinLength(parseHtml(text, ENCODING, fileName));
    }
    if (/\.(?:md|markdown)$/i.test(fileName)) return withinLength(parseMarkdown(text, ENCODING, fileName));
    return withinLength(parseTxt(text, ENCODING, fileName));
  } catch (error) {
    return { ok: false, error: { code: 'corrupt', message: `could not read the pasted text: ${(error as Error).message}` } };
  }
}
