import { findDateTime, parseMachineTimestamp } from '../meta/datetime';
import { pageTitleWithoutSite } from '../meta/headline';

export interface HtmlMeta {
  title: string | null;
  outlet: string | null;
  siteName: string | null;
  reporter: string | null;
  url: string | null;
  publishedAt: string | null;
}

const DATE_KEYS = ['article:published_time', 'publishdate', 'pubdate', 'publish-date', 'publish_date', 'publication_date', 'og:release_date', 'datepublished', 'dc.date.issued', 'dc.date', 'firstpublishedtime', 'release_date', 'date'];

function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

function absoluteUrl(value: string | null | undefined): string | null {
  return value && /^https?:\/\//i.test(value.trim()) ? value.trim() : null;
}

/** JSON-LD is data, not code: it is parsed as JSON and never run. */
function jsonLdDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match) return match[1]!;
  }
  return null;
}

function text(element: Element | null): string | null {
  const value = element?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

export function readHtmlMeta(document: Document): HtmlMeta {
  const meta = metaValues(document);
  const h1 = text(document.querySelector('h1'));
  const pageTitle = text(document.querySelector('title'));
  const metaTitle = meta.get('og:title') ?? meta.get('articletitle') ?? meta.get('twitter:title') ?? null;
  const title = metaTitle ? pageTitleWithoutSite(metaTitle) : h1 && h1.length <= 80 ? h1 : pageTitle ? pageTitleWithoutSite(pageTitle) : null;

  let publishedAt: string | null = null;
  for (const key of DATE_KEYS) {
    const value = meta.get(key);
    if (value && (publishedAt = parseMachineTimestamp(value))) break;
  }
  publishedAt ??= parseMachineTimestamp(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '') ?? null;
  const ld = publishedAt ? null : jsonLdDate(document);
  if (ld) publishedAt = parseMachineTimestamp(ld) ?? findDateTime(ld);

  const author = meta.get('author') ?? meta.get('article:author') ?? null;
  return {
    title,
    outlet: meta.get('contentsource') ?? meta.get('source') ?? meta.get('mediaid') ?? null,
    siteName: meta.get('og:site_name') ?? meta.get('sitename') ?? meta.get('application-name') ?? null,
    reporter: author && !/^https?:/i.test(author) ? author : null,
    url: absoluteUrl(meta.get('og:url')) ?? absoluteUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')),
    publishedAt,
  };
}

/** The charset a page declares in its first bytes: <meta charset> or http-equiv content-type. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
}
