import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanScrape, type TextHints } from '../clean/scrape';
import { isBylineLine, parseByline } from '../meta/byline';
import type { ParseResult } from '../types';
import { assembleArticle } from './assemble';
import { readHtmlMeta } from './html-meta';
import { elementText } from './html-text';

// Readability reports tiny extracts for pages it misreads; below this share of the page's text the
// whole page, cleaned line by line, is the better source.
const MIN_EXTRACT_CHARS = 120;
const MIN_EXTRACT_SHARE = 0.25;
// Readability recurses through the tree and overflows the stack, after a long time, on pathologically
// deep or huge pages; those go straight to the fallback.
const MAX_DEPTH = 200;
const MAX_ELEMENTS = 30_000;

function tooComplex(document: Document): boolean {
  const elements = document.getElementsByTagName('*');
  if (elements.length > MAX_ELEMENTS) return true;
  const stack: [Element, number][] = document.documentElement ? [[document.documentElement, 1]] : [];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return true;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

// linkedom builds no <body> for a fragment (pasted HTML), so fragments are wrapped in a page.
function documentOf(html: string): Document {
  const page = /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

function pageByline(pageText: string): ReturnType<typeof parseByline> | null {
  const line = pageText.split('\n').slice(0, 60).find((candidate) => isBylineLine(candidate.trim()));
  return line ? parseByline(line.trim()) : null;
}

/** A saved web page: Readability's article extract, metadata from the head, the byline from the page text. */
export function parseHtml(html: string, encoding: string, fileName: string): ParseResult {
  const document = documentOf(html);
  const meta = readHtmlMeta(document);
  const pageText = document.body ? elementText(document.body, { skipChrome: true }) : '';

  let text = pageText;
  try {
    const article = tooComplex(document) ? null : new Readability(document, { charThreshold: 100 }).parse();
    const extract = article?.content ? documentOf(`<body>${article.content}</body>`).body : null;
    const extractText = extract ? elementText(extract) : '';
    const size = extractText.replace(/\s/g, '').length;
    if (size >= MIN_EXTRACT_CHARS && size >= MIN_EXTRACT_SHARE * pageText.replace(/\s/g, '').length) text = extractText;
  } catch {
    // Readability throws on some malformed pages; the whole-page text is the fallback.
  }

  const byline = pageByline(pageText);
  const hints: TextHints = {
    title: meta.title,
    outlet: meta.outlet ?? byline?.outlet ?? null,
    siteName: meta.siteName,
    reporter: meta.reporter ?? byline?.reporter ?? null,
    url: meta.url,
    publishedAt: meta.publishedAt ?? byline?.publishedAt ?? null,
  };
  return assembleArticle(cleanScrape(text, hints), { format: 'html', encoding, raw: html, fileName });
}
