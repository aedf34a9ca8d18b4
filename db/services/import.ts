import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportBatch, ImportResult } from '../../api/contract/imports';
import { checkFileSize, maxFileBytes, parsePastedText, tooLarge, type Lexicon, type ParseResult } from '../../import';
import { detectExchange, SNIFF_BYTES, type ExchangeFormat } from '../../import/exchange/detect';
import type { Db } from '../connection';
import { stmt } from '../stmt';
import { prepare, type Prepared } from './import-prepare';
import { lexiconOf } from './lexicon';
import { parsePool, type ParseLimits } from './parse-pool';
import { insertSource } from './sources';
import { writeTx } from '../tx';

const IMPORTABLE = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx', '.pdf']);

export const DISK_FULL = 'the disk is full: nothing from this file was saved; free space and import again';

const failed = (file: string, error: string): ImportResult => ({
  file, status: 'failed', error, sourceId: null, duplicateOf: null, title: null, outlet: null, publishedAt: null, script: null, encoding: null, format: null, suggestions: null,
});

const isDiskFull = (err: unknown) => (err as { code?: string } | null)?.code === 'SQLITE_FULL';

/** Thrown out of a chunk's transaction when SQLite has already rolled it back (it may, on a full disk). */
class RolledBack extends Error {}

/**
 * Stores one prepared article (or reports why not). Each article is its own
 * transaction (a savepoint inside a chunk's). A full disk is not this file's
 * fault and is thrown on, so the caller can account for the whole batch.
 */
export function storePrepared(db: Db, file: string, p: Prepared): ImportResult {
  if (!p.ok) return failed(file, `${p.error.code}: ${p.error.message}`);
  const a = p.article;
  const base = { file, error: null, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, script: a.script, encoding: a.encoding, format: a.format };
  const existing = stmt(db, 'SELECT id FROM sources WHERE fingerprint = ?').get(p.fingerprint) as { id: string } | undefined;
  if (existing) return { ...base, status: 'duplicate', sourceId: null, duplicateOf: existing.id, suggestions: null };
  try {
    const id = insertSource(db, {
      title: a.title, titleProvisional: a.titleProvisional, originalTitle: a.originalTitle, outlet: a.outlet ?? '', reporter: a.reporter ?? '', publishedAt: a.publishedAt, url: a.url ?? '',
      body: a.body, raw: a.raw, format: a.format, encoding: a.encoding, script: a.script, fileName: path.basename(file), fingerprint: p.fingerprint,
      suggestions: p.suggestions,
    });
    if (!id) return { ...base, status: 'duplicate', sourceId: null, duplicateOf: null, suggestions: null };
    return { ...base, status: 'imported', sourceId: id, duplicateOf: null, suggestions: p.suggestions };
  } catch (err) {
    if (isDiskFull(err)) throw err;
    return failed(file, (err as Error).message);
  }
}

/** Stores one article parsed in this process (pasted text). */
export function storeParsed(db: Db, file: string, parsed: ParseResult): ImportResult {
  try {
    return storePrepared(db, file, prepare(parsed, lexiconOf(db)));
  } catch (err) {
    if (isDiskFull(err)) return failed(file, DISK_FULL);
    throw err;
  }
}

// With synchronous=FULL every commit waits for the disk, which cost more than
// parsing, cleaning and indexing an article together. So files are parsed
// first and then stored CHUNK at a time in one transaction, each file inside
// its own savepoint: a file is still all or nothing, and a bad one never
// touches the others; a crash loses at most the chunk being stored.
export const CHUNK = 50;

export type Incoming = { name: string; bytes: Uint8Array } | { name: string; error: string };

export interface ChunkOptions {
  limits?: ParseLimits;
  /** A full disk was met earlier in this import: nothing more is parsed or stored. */
  diskFull?: boolean;
}

const EXCHANGE_KINDS: Record<ExchangeFormat, string> = {
  bundle: 'Chainline bundle',
  'csl-json': 'CSL-JSON file of references',
  ris: 'RIS file of references',
  bibtex: 'BibTeX file of references',
  csv: 'CSV table',
  xlsx: 'Excel workbook',
};

/**
 * A file from another tool handed to the article importer (the desktop's Import Files menu, the article chooser)
 * is named for what it is rather than read as an article or refused as unknown.
 */
function notAnArticle(f: { name: string; bytes: Uint8Array }): string | null {
  const format = detectExchange(f.bytes.subarray(0, SNIFF_BYTES), f.name);
  return format ? `unsupported: a ${EXCHANGE_KINDS[format]}, not an article: import it with its own button in the import dialog, or with chainline import` : null;
}

/** Hands every file of a chunk to the parser at once, so it reads them while the previous chunk is stored. */
function parseAll(files: Incoming[], lexicon: Lexicon, limits?: ParseLimits): Promise<(Prepared | string)[]> {
  return Promise.all(files.map((f) => ('error' in f ? f.error : (notAnArticle(f) ?? parsePool.parse(f.name, f.bytes, lexicon, limits)))));
}

/**
 * Parses (in the worker) then stores a chunk of files; results in the same
 * order, one per file whatever happens. On a full disk the file that met it
 * and every file after it fail with DISK_FULL; when the chunk's commit itself
 * fails, so do the files that were going to be stored with it.
 */
export async function importChunk(db: Db, files: Incoming[], opts: ChunkOptions = {}): Promise<ImportResult[]> {
  if (opts.diskFull) return files.map((f) => failed(f.name, DISK_FULL));
  return storeChunk(db, files, await parseAll(files, lexiconOf(db), opts.limits));
}

/** Stores a parsed chunk in one transaction, each file in its own savepoint (see importChunk). */
function storeChunk(db: Db, files: Incoming[], parsed: (Prepared | string)[]): ImportResult[] {
  const results: ImportResult[] = [];
  let full = false;
  try {
    writeTx(db, () => {
      for (const [i, f] of files.entries()) {
        const p = parsed[i]!;
        if (full) results.push(failed(f.name, DISK_FULL));
        else if (typeof p === 'string') results.push(failed(f.name, p));
        else {
          try {
            results.push(storePrepared(db, f.name, p));
          } catch (err) {
            if (!isDiskFull(err)) throw err;
            full = true;
            results.push(failed(f.name, DISK_FULL));
          }
        }
      }
      if (full && !db.inTransaction) throw new RolledBack();
    });
  } catch (err) {
    if (!isDiskFull(err) && !(err instanceof RolledBack)) throw err;
    // Nothing of this chunk was committed: what looked stored is not.
    const lost = new Set(results.filter((r) => r.status === 'imported').map((r) => r.sourceId));
    return files.map((f, i) => {
      const r = results[i];
      if (!r || r.status === 'imported' || (r.status === 'duplicate' && lost.has(r.duplicateOf))) return failed(f.name, DISK_FULL);
      return r;
    });
  }
  return results;
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

/**
 * Reads one file for import: only a regular file, only up to its size limit.
 * The size is checked on the open file before anything is read, and the read
 * stops past the limit, so a file that grows (or lies about its size) is
 * never read whole. Opening without blocking keeps a FIFO from hanging us.
 */
export async function readForImport(file: string): Promise<Incoming> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { name: file, error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (err as Error).message };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const what = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a pipe (FIFO)' : info.isSocket() ? 'a socket' : 'a device';
      return { name: file, error: `unsupported: ${what}, not a regular file; only regular files are read` };
    }
    const refused = checkFileSize(file, info.size);
    if (refused) return { name: file, error: `${refused.code}: ${refused.message}` };
    const max = maxFileBytes(file);
    const bytes = new Uint8Array(Math.min(info.size, max) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > max) {
        const e = tooLarge(file, length);
        return { name: file, error: `${e.code}: ${e.message}` };
      }
      if (length === bytes.length) return { name: file, error: 'the file changed while it was read: import it again' };
    }
    return { name: file, bytes: bytes.subarray(0, length) };
  } catch (err) {
    return { name: file, error: (err as Error).message };
  } finally {
    await handle.close();
  }
}

export async function importPaths(
  db: Db,
  paths: string[],
  opts: { onProgress?: (e: ProgressEvent) => void; signal?: AbortSignal; limits?: ParseLimits } = {},
): Promise<ImportBatch> {
  const { files, missing } = await expandPaths(paths);
  const results: ImportResult[] = missing.map((m) => failed(m, 'not found'));
  const lexicon = lexiconOf(db);
  const read = async (at: number) => {
    const chunk: Incoming[] = [];
    for (const file of files.slice(at, at + CHUNK)) chunk.push(await readForImport(file));
    return { chunk, parsed: parseAll(chunk, lexicon, opts.limits) };
  };
  let diskFull = false;
  // One chunk ahead: the next chunk is read and handed to the parser before this one is stored,
  // so parsing (in the worker) and storing (here) overlap.
  let ahead: Awaited<ReturnType<typeof read>> | null = null;
  for (let at = 0; at < files.length; at += CHUNK) {
    if (opts.signal?.aborted) break;
    let stored: ImportResult[];
    if (diskFull) stored = files.slice(at, at + CHUNK).map((f) => failed(f, DISK_FULL));
    else {
      const current = ahead ?? (await read(at));
      const parsed = await current.parsed;
      ahead = at + CHUNK < files.length && !opts.signal?.aborted ? await read(at + CHUNK) : null;
      stored = storeChunk(db, current.chunk, parsed);
    }
    for (const [i, result] of stored.entries()) {
      results.push(result);
      if (result.error === DISK_FULL) diskFull = true;
      opts.onProgress?.({ done: at + i + 1, total: files.length, result });
    }
  }
  // Stopped early (cancelled, or the disk is full): the chunk read ahead is parsed to the end before the report.
  if (ahead) await ahead.parsed;
  return tally(results);
}
