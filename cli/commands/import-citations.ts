import { open } from 'node:fs/promises';
import type { CitationImportResult } from '../../api/contract/sources';
import type { Db } from '../../db/connection';
import { citationFormatOf, importCitations } from '../../db/services/citation-import';
import { readForImport } from '../../db/services/import';
import { SNIFF_BYTES } from '../../import/exchange/detect';
import { say } from '../../import/exchange/messages';

// The branch of `chainline import` for reference managers' files (CSL-JSON,
// RIS, BibTeX): recognised by their first bytes (or, failing that, by a .json,
// .ris or .bib name), read within the importer's size limits, and imported
// whole or not at all by importCitations.

export interface CitationFile {
  path: string;
  result: CitationImportResult;
  /** The --json row of the file. */
  row: Record<string, unknown>;
}

/** The first bytes of a regular file (null for folders, missing files and anything else the article importer reports on). */
async function head(file: string): Promise<Uint8Array | null> {
  let handle;
  try {
    handle = await open(file, 'r');
    if (!(await handle.stat()).isFile()) return null;
    const buf = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

export async function citationFiles(db: Db, paths: string[], o: { dryRun: boolean; validOnly: boolean }): Promise<CitationFile[]> {
  const out: CitationFile[] = [];
  for (const path of paths) {
    const start = await head(path);
    if (!start) continue;
    // An empty file named .ris/.bib/.json is a citation file with nothing in it, not an article.
    const format = citationFormatOf(start, path);
    if (!format) continue;
    const read = await readForImport(path);
    const result =
      'error' in read
        ? { file: path, format, entries: 0, added: [], duplicates: [], errors: [{ entry: 'file', ...say('read-failed', { detail: read.error }) }], warnings: [], written: false, refused: true }
        : importCitations(db, { fileName: path, bytes: read.bytes, format, dryRun: o.dryRun, validOnly: o.validOnly });
    out.push({
      path,
      result,
      row: {
        file: path, status: result.refused ? 'refused' : o.dryRun ? 'dry-run' : 'imported', format: result.format, entries: result.entries,
        added: result.added, duplicates: result.duplicates, errors: result.errors, warnings: result.warnings, written: result.written,
      },
    });
  }
  return out;
}

const where = (e: { entry: string; line?: number }) => (e.line ? `${e.entry}, line ${e.line}` : e.entry);
const BY = { id: 'the same source', url: 'the same address', text: 'the same text', title: 'the same title, outlet and day', file: 'an earlier entry of this file' } as const;

export function printCitationResult({ path, result: r }: CitationFile): void {
  const verb = r.refused ? 'refused' : r.written ? 'imported' : 'dry run';
  console.log(`${verb.padEnd(9)} ${path} (${r.format ?? 'unknown'}): ${r.added.length} ${r.written ? 'added' : 'to add'}, ${r.duplicates.length} duplicate, ${r.errors.length} errors`);
  for (const a of r.added) console.log(`  ${(r.written ? 'added' : r.refused ? 'valid' : 'would add').padEnd(10)} ${a.entry}  ${a.title}`);
  for (const d of r.duplicates) console.log(`  ${'duplicate'.padEnd(10)} ${d.entry}  ${d.title}  (${BY[d.by]}${d.duplicateOf ? `: ${d.duplicateOf}` : ''})`);
  for (const w of r.warnings) console.log(`  ${'note'.padEnd(10)} ${where(w)}: ${w.message}`);
  for (const e of r.errors) console.log(`  ${'error'.padEnd(10)} ${where(e)}: ${e.message}`);
  if (r.refused && r.errors.some((e) => e.entry !== 'file')) console.log('  nothing was stored: fix the entries named above, or import only the valid ones with --valid-only');
}
