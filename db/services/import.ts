import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportBatch, ImportResult } from '../../api/contract/imports';
import { contentFingerprint, parseArticle, parsePastedText, suggest, type ParseResult } from '../../import';
import type { Db } from '../connection';
import { stmt } from '../stmt';
import { lexiconOf } from './lexicon';
import { insertSource } from './sources';
import { writeTx } from '../tx';

const IMPORTABLE = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx', '.pdf']);

const failed = (file: string, error: string): ImportResult => ({
  file, status: 'failed', error, sourceId: null, duplicateOf: null, title: null, outlet: null, publishedAt: null, script: null, encoding: null, format: null, suggestions: null,
});

/** Stores one parsed article (or reports why not). Each article is its own transaction. */
export function storeParsed(db: Db, file: string, parsed: ParseResult): ImportResult {
  if (!parsed.ok) return failed(file, `${parsed.error.code}: ${parsed.error.message}`);
  const a = parsed.article;
  const fingerprint = contentFingerprint(a);
  const base = { file, error: null, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, script: a.script, encoding: a.encoding, format: a.format };
  const existing = stmt(db, 'SELECT id FROM sources WHERE fingerprint = ?').get(fingerprint) as { id: string } | undefined;
  if (existing) return { ...base, status: 'duplicate', sourceId: null, duplicateOf: existing.id, suggestions: null };
  try {
    const suggestions = suggest(a, lexiconOf(db));
    const id = insertSource(db, {
      title: a.title, originalTitle: a.originalTitle, outlet: a.outlet ?? '', reporter: a.reporter ?? '', publishedAt: a.publishedAt, url: a.url ?? '',
      body: a.body, raw: a.raw, format: a.format, encoding: a.encoding, script: a.script, fileName: path.basename(file), fingerprint, suggestions,
    });
    if (!id) return { ...base, status: 'duplicate', sourceId: null, duplicateOf: null, suggestions: null };
    return { ...base, status: 'imported', sourceId: id, duplicateOf: null, suggestions };
  } catch (err) {
    return failed(file, (err as Error).message);
  }
}

async function parseSafely(name: string, bytes: Uint8Array): Promise<ParseResult> {
  try {
    return await parseArticle(bytes, name);
  } catch (err) {
    return { ok: false, error: { code: 'corrupt', message: (err as Error).message } };
  }
}

// With synchronous=FULL every commit waits for the disk, which cost more than
// parsing, cleaning and indexing an article together. So files are parsed
// first and then stored CHUNK at a time in one transaction, each file inside
// its own savepoint: a file is still all or nothing, and a bad one never
// touches the others; a crash loses at most the chunk being stored.
export const CHUNK = 50;

export type Incoming = { name: string; bytes: Uint8Array } | { name: string; error: string };

/** Parses then stores a chunk of files; results in the same order. */
export async function importChunk(db: Db, files: Incoming[]): Promise<ImportResult[]> {
  const parsed: (ParseResult | string)[] = [];
  for (const f of files) parsed.push('error' in f ? f.error : await parseSafely(f.name, f.bytes));
  return writeTx(db, () => files.map((f, i) => {
    const p = parsed[i];
    return typeof p === 'string' ? failed(f.name, p) : storeParsed(db, f.name, p);
  }));
}

export function importText(db: Db, text: string, name = '粘贴的文本'): ImportResult {
  return storeParsed(db, name, parsePastedText(text, { fileName: name }));
}

/** Files as given, folders walked recursively (only importable extensions, hidden entries skipped), in a stable order. */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(dir: string) {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && IMPORTABLE.has(path.extname(e.name).toLowerCase())) files.push(p);
    }
  }
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) await walk(p);
      else files.push(p);
    } catch {
      missing.push(p);
    }
  }
  return { files, missing };
}

export function tally(results: ImportResult[]): ImportBatch {
  const counts = { imported: 0, duplicate: 0, failed: 0 };
  for (const r of results) counts[r.status]++;
  return { results, counts };
}

export interface ProgressEvent {
  done: number;
  total: number;
  result: ImportResult;
}

export async function importPaths(
  db: Db,
  paths: string[],
  opts: { onProgress?: (e: ProgressEvent) => void; signal?: AbortSignal } = {},
): Promise<ImportBatch> {
  const { files, missing } = await expandPaths(paths);
  const results: ImportResult[] = missing.map((m) => failed(m, 'not found'));
  for (let at = 0; at < files.length; at += CHUNK) {
    if (opts.signal?.aborted) break;
    const chunk: Incoming[] = [];
    for (const file of files.slice(at, at + CHUNK)) {
      try {
        chunk.push({ name: file, bytes: await readFile(file) });
      } catch (err) {
        chunk.push({ name: file, error: (err as Error).message });
      }
    }
    for (const [i, result] of (await importChunk(db, chunk)).entries()) {
      results.push(result);
      opts.onProgress?.({ done: at + i + 1, total: files.length, result });
    }
  }
  return tally(results);
}
