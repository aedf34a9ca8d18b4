import { JsonInputError, parseStrictJson } from '../json/strict-json';
import { collect, makeDraft } from './draft';
import { say, type Said } from './messages';
import { personName } from './names';
import { dayOf, dayOfText, noteText } from './text';
import type { EntryError, ExchangeParse, SourceDraft } from './types';

// CSL-JSON, as Zotero ("Export Library… › CSL JSON"), citation-js and
// Chainline itself write it: an array of items. Read with the strict JSON
// reader (UTF-8 only, no key written twice) and checked field by field, since
// JSON.parse accepts any shape.

type Item = Record<string, unknown>;

const isObject = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

function cslDay(v: unknown): ReturnType<typeof dayOf> | null | string {
  if (v === undefined) return null;
  if (!isObject(v)) return 'is not a CSL date object';
  const parts = v['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0]) && parts[0].length) {
    const [y, m, d] = (parts[0] as unknown[]).map((p) => (typeof p === 'number' || typeof p === 'string' ? Number(p) : NaN));
    return dayOf(y!, m, d);
  }
  for (const key of ['raw', 'literal'] as const) if (typeof v[key] === 'string' && v[key]) return dayOfText(v[key] as string);
  return 'has neither date-parts nor a raw date';
}

function readItem(item: unknown, n: number): SourceDraft | EntryError {
  const label = isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number') ? `item ${n} (${item.id})` : `item ${n}`;
  const fail = (said: Said): EntryError => ({ entry: label, ...said });
  const kind = (v: unknown) => (Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v);
  if (!isObject(item)) return fail(say('not-an-item', { what: kind(item) }));
  if (typeof item.type !== 'string') return fail(say('no-type'));
  for (const key of ['title', 'container-title', 'URL', 'note', 'abstract', 'language', 'publisher'] as const) {
    if (item[key] !== undefined && typeof item[key] !== 'string') return fail(say('not-text', { field: key, what: kind(item[key]) }));
  }
  const authors = item.author ?? [];
  if (!Array.isArray(authors) || !authors.every(isObject)) return fail(say('bad-authors'));
  const date = cslDay(item.issued);
  if (typeof date === 'string') return fail(say('bad-issued', { why: date }));
  const s = (k: string) => (item[k] as string | undefined) ?? '';
  return makeDraft(label, undefined, {
    id: typeof item.id === 'string' ? item.id : undefined,
    title: s('title'),
    outlet: s('container-title') || s('publisher'),
    authors: authors.map(personName),
    date,
    url: s('URL'),
    notes: [noteText(s('note'))],
    body: [s('abstract')],
    language: s('language'),
  });
}

export function parseCslJson(bytes: Uint8Array): ExchangeParse {
  let doc: unknown;
  try {
    doc = parseStrictJson(bytes, 'the file');
  } catch (err) {
    if (err instanceof JsonInputError) {
      // The strict reader's own words: empty, not UTF-8 (naming the encoding), not JSON at line and column.
      const said = /is empty$/.test(err.message) ? say('empty-file') : say('json-invalid', { detail: err.message });
      return { records: [], errors: [{ entry: 'file', ...said }] };
    }
    throw err;
  }
  if (!Array.isArray(doc)) {
    const what = isObject(doc) ? 'an object' : doc === null ? 'null' : typeof doc;
    return { records: [], errors: [{ entry: 'file', ...say('not-an-array', { what }) }] };
  }
  return collect(doc.map((item, i) => readItem(item, i + 1)));
}
