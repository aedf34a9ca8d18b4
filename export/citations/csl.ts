import type { CslItem, CslName } from '@citation-js/core';
import type { CiteSource } from '../../api/contract/export';

// A Chainline source as a CSL-JSON item, the common model every citation
// format is written from. Sources are news articles, so the type is a
// newspaper article whatever the outlet (the GB/T 7714 style prints one with
// an address as an online resource [EB/OL], one without as [N]).

export const CSL_LANGUAGE: Record<string, string | undefined> = { simplified: 'zh-Hans', traditional: 'zh-Hant', mixed: 'zh' };

/** Names as written in a source's reporter field: 李某、王某 / 李某，王某 / A; B. */
export function splitNames(reporter: string): CslName[] {
  return reporter
    .split(/\s*[、,，;；]\s*|\s+and\s+/)
    .map((n) => n.trim())
    .filter(Boolean)
    .map((literal) => ({ literal }));
}

/** YYYY-MM-DD[THH:mm…] as CSL date parts (a day at most: CSL dates have no time). */
export function cslDate(iso: string | null | undefined): CslItem['issued'] | undefined {
  const m = iso?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  return { 'date-parts': [[m[1], m[2], m[3]].filter((p): p is string => !!p).map(Number)] };
}

/** A stable BibTeX key from a source's id: its last 12 hex digits (the random part of a UUID). */
export function citationKey(id: string): string {
  return `cl${id.replace(/[^0-9a-f]/gi, '').slice(-12).toLowerCase()}`;
}

export function toCslItem(s: CiteSource & { accessed?: string | null }): CslItem {
  const item: CslItem = { id: s.id, type: 'article-newspaper', 'citation-key': citationKey(s.id), title: s.title };
  if (s.outlet) item['container-title'] = s.outlet;
  const authors = splitNames(s.reporter);
  if (authors.length) item.author = authors;
  const issued = cslDate(s.publishedAt);
  if (issued) item.issued = issued;
  const accessed = cslDate(s.accessed);
  if (accessed) item.accessed = accessed;
  if (s.url) item.URL = s.url;
  const language = CSL_LANGUAGE[s.script];
  if (language) item.language = language;
  if (s.notes) item.note = s.notes;
  return item;
}

/** The CSL-JSON file: an array of items, as Zotero and citeproc read it. */
export function toCslJson(sources: CiteSource[]): string {
  return `${JSON.stringify(sources.map(toCslItem), null, 2)}\n`;
}
