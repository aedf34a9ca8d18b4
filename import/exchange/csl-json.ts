import { JsonInputError, parseStrictJson } from '../json/strict-json';
import { collect, makeDraft } from './draft';
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
  const fail = (message: string): EntryError => ({ entry: label, message });
  if (!isObject(item)) return fail(`is ${Array.isArray(item) ? 'an array' : typeof item}, not a CSL item (an object)`);
  if (typeof item.type !== 'string') return fail('has no "type": not a CSL item');
  for (const key of ['title', 'container-title', 'URL', 'note', 'abstract', 'language', 'publisher'] as const) {
    if (item[key] !== undefined && typeof item[key] !== 'string') return fail(`"${key}" is ${Array.isArray(item[key]) ? 'an array' : typeof item[key]}, not text`);
  }
  const authors = item.author ?? [];
  if (!Array.isArray(authors) || !authors.every(isObject)) return fail('"author" is not a list of names');
  const date = cslDay(item.issued);
  if (typeof date === 'string') return fail(`"issued" ${date}`);
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
    if (err instanceof JsonInputError) return { records: [], errors: [{ entry: 'file', message: err.message }] };
    throw err;
  }
  if (!Array.isArray(doc)) {
    const what = isObject(doc) ? 'an object' : typeof doc;
    return { records: [], errors: [{ entry: 'file', message: `a CSL-JSON file is an array of items; this one is ${what}` }] };
  }
  return collect(doc.map((item, i) => readItem(item, i + 1)));
}
