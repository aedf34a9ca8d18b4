import type { CitationImportResult } from '../../api/contract/sources';
import { contentFingerprint, LIMITS, type ParsedArticle } from '../../import';
import { parseBibtex } from '../../import/exchange/bibtex';
import { parseCslJson } from '../../import/exchange/csl-json';
import { detectExchange, SNIFF_BYTES } from '../../import/exchange/detect';
import { say, type Said } from '../../import/exchange/messages';
import { parseRis } from '../../import/exchange/ris';
import type { ExchangeParse, SourceDraft } from '../../import/exchange/types';
import type { Db } from '../connection';
import { stmt } from '../stmt';
import { writeTx } from '../tx';
import { insertSource } from './sources';

export type CitationFormat = 'csl-json' | 'ris' | 'bibtex';
export const CITATION_FORMATS: readonly CitationFormat[] = ['csl-json', 'ris', 'bibtex'];

const READERS: Record<CitationFormat, (bytes: Uint8Array) => ExchangeParse> = { 'csl-json': parseCslJson, ris: parseRis, bibtex: parseBibtex };
const BY_EXTENSION: Record<string, CitationFormat> = { json: 'csl-json', ris: 'ris', bib: 'bibtex', bibtex: 'bibtex' };

/** Which citation format a file holds: by its content, else by its extension (so a broken file still gets its own reader's message). */
export function citationFormatOf(bytes: Uint8Array, fileName: string): CitationFormat | null {
  const found = detectExchange(bytes.subarray(0, SNIFF_BYTES), fileName);
  if (found && (CITATION_FORMATS as readonly string[]).includes(found)) return found as CitationFormat;
  if (found) return null;
  return BY_EXTENSION[/\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''] ?? null;
}

const fingerprintOf = (d: SourceDraft) => (d.body ? contentFingerprint({ body: d.body } as ParsedArticle) : null);
const titleKey = (d: Pick<SourceDraft, 'title' | 'outlet' | 'publishedAt'>) => JSON.stringify([d.title, d.outlet, d.publishedAt]);

type Duplicate = CitationImportResult['duplicates'][number];

/**
 * The stored source an entry repeats, as the article importer recognises one
 * (the same text, by fingerprint) and also by what a reference carries when
 * it has no text: the same address, the same Chainline id, or, with neither
 * text nor address, the same title, outlet and day (or both undated). Trashed sources count,
 * as they do for articles: restoring one is the way back.
 */
function storedDuplicate(db: Db, d: SourceDraft, fingerprint: string | null): Pick<Duplicate, 'duplicateOf' | 'by'> | null {
  const one = (sql: string, ...p: unknown[]) => (stmt(db, sql).get(...p) as { id: string } | undefined)?.id;
  let id: string | undefined;
  if (d.id && (id = one('SELECT id FROM sources WHERE id = ?', d.id))) return { duplicateOf: id, by: 'id' };
  if (d.url && (id = one('SELECT id FROM sources WHERE url = ? LIMIT 1', d.url))) return { duplicateOf: id, by: 'url' };
  if (fingerprint && (id = one('SELECT id FROM sources WHERE fingerprint = ?', fingerprint))) return { duplicateOf: id, by: 'text' };
  if (!d.url && !fingerprint) {
    id = d.publishedAt
      ? one(`SELECT id FROM sources WHERE title = ? AND outlet = ? AND substr(published_at, 1, 10) = ? LIMIT 1`, d.title, d.outlet, d.publishedAt)
      : one(`SELECT id FROM sources WHERE title = ? AND outlet = ? AND published_at IS NULL LIMIT 1`, d.title, d.outlet);
    if (id) return { duplicateOf: id, by: 'title' };
  }
  return null;
}

export interface CitationImportArgs {
  fileName: string;
  bytes: Uint8Array;
  /** Known from detection already (the CLI's); otherwise detected here. */
  format?: CitationFormat | null;
  dryRun?: boolean;
  validOnly?: boolean;
}

/**
 * Creates sources from a reference manager's file: every entry is read and
 * checked first; a file with broken entries is refused whole (unless only the
 * valid ones are asked for); duplicates are reported and not stored again;
 * what is stored is stored in one transaction.
 */
export function importCitations(db: Db, a: CitationImportArgs): CitationImportResult {
  const result: CitationImportResult = { file: a.fileName, format: null, entries: 0, added: [], duplicates: [], errors: [], warnings: [], written: false, refused: false };
  const refuse = (said: Said): CitationImportResult => ({ ...result, errors: [{ entry: 'file', ...said }], refused: true });
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  if (a.bytes.length > LIMITS.textBytes) return refuse(say('too-large', { mb: mb(a.bytes.length), limit: mb(LIMITS.textBytes) }));
  if (!new TextDecoder().decode(a.bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trim() && a.bytes.length <= 4096) return refuse(say('empty-file'));
  const format = a.format ?? citationFormatOf(a.bytes, a.fileName);
  if (!format) return refuse(say('not-citations'));
  result.format = format;
  const parsed = READERS[format](a.bytes);
  result.entries = parsed.records.length + parsed.errors.filter((e) => e.entry !== 'file').length;
  result.errors = parsed.errors;
  if (parsed.errors.length && (!a.validOnly || parsed.errors.some((e) => e.entry === 'file'))) return { ...result, refused: true };

  const seen = new Map<string, string>();
  const toStore: { draft: SourceDraft; fingerprint: string | null }[] = [];
  for (const d of parsed.records) {
    for (const w of d.warnings) result.warnings.push({ entry: d.entry, ...(d.line ? { line: d.line } : {}), ...w });
    const fingerprint = fingerprintOf(d);
    const stored = storedDuplicate(db, d, fingerprint);
    if (stored) {
      result.duplicates.push({ entry: d.entry, title: d.title, ...stored });
      continue;
    }
    const keys = [d.id && `id:${d.id}`, d.url && `url:${d.url}`, fingerprint && `text:${fingerprint}`, !d.url && !fingerprint && `title:${titleKey(d)}`].filter(Boolean) as string[];
    const earlier = keys.map((k) => seen.get(k)).find(Boolean);
    if (earlier) {
      result.duplicates.push({ entry: d.entry, title: d.title, duplicateOf: null, by: 'file' });
      continue;
    }
    keys.forEach((k) => seen.set(k, d.entry));
    toStore.push({ draft: d, fingerprint });
  }
  if (a.dryRun) {
    result.added = toStore.map(({ draft }) => ({ entry: draft.entry, title: draft.title, sourceId: null }));
    return result;
  }
  writeTx(db, () => {
    for (const { draft: d, fingerprint } of toStore) {
      const id = insertSource(db, {
        id: d.id, title: d.title, outlet: d.outlet, reporter: d.reporter, publishedAt: d.publishedAt, url: d.url, body: d.body, notes: d.notes,
        script: d.script, format, encoding: 'utf-8', fileName: a.fileName.split(/[\\/]/).pop(), fingerprint,
      });
      result.added.push({ entry: d.entry, title: d.title, sourceId: id });
    }
  });
  result.written = toStore.length > 0;
  return result;
}
