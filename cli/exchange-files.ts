import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BundlePlan, ExchangeApplied, ExchangePreview, MergeItem } from '../api/contract/exchange';
import { AppError } from '../api/errors';
import { SNIFF_BYTES, type ExchangeFormat } from '../import/exchange/detect';
import { LIMITS } from '../import/limits';
import { exchangeFormat } from '../db/services/exchange-import';

// `chainline import` takes article files and exchange files alike: each file
// named on the command line is told apart by its first bytes (folders hold
// articles), and exchange files go to db/services/exchange-import.ts.

export interface ExchangeArg {
  file: string;
  format: ExchangeFormat;
}

function head(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    return buf.subarray(0, readSync(fd, buf, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** The named files that are exchange files, and every other path (left to the article importer). */
export function splitArgs(paths: string[]): { exchange: ExchangeArg[]; articles: string[] } {
  const exchange: ExchangeArg[] = [];
  const articles: string[] = [];
  for (const p of paths) {
    let isFile = false;
    try {
      isFile = statSync(p).isFile();
    } catch {
      // Missing: the article importer reports it as it always has.
    }
    const format = isFile ? exchangeFormat({ fileName: path.basename(p), bytes: head(p) }) : null;
    if (format) exchange.push({ file: p, format });
    else articles.push(p);
  }
  return { exchange, articles };
}

/** The file's bytes, refused by its size before it is read when it is over the bundle limit. */
export function readExchangeFile(file: string): { fileName: string; bytes: Uint8Array } {
  const size = statSync(file).size;
  if (size > LIMITS.bundleBytes) {
    throw new AppError('too-large', `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit for a bundle is ${LIMITS.bundleBytes / 1024 / 1024} MB: export fewer records at a time`);
  }
  return { fileName: path.basename(file), bytes: readFileSync(file) };
}

const list = (items: MergeItem[], max = 20) =>
  items.slice(0, max).map((r) => `      ${r.title}  ${r.id}`).concat(items.length > max ? [`      … and ${items.length - max} more`] : []);

function planLines(p: BundlePlan): string[] {
  const r = p.records;
  const why = { 'both-edited': 'both edited', 'deleted-here': 'deleted here, edited there', 'deleted-there': 'deleted there, edited here' };
  const kept = { local: "this database's version kept", incoming: "the bundle's version kept" };
  const counts = (name: string, c: BundlePlan['sources']) => `${name} ${c.added} added, ${c.updated} updated, ${c.matched} matched`;
  return [
    `  added      ${r.added.length}`, ...list(r.added),
    `  updated    ${r.updated.length}`, ...list(r.updated),
    `  conflicts  ${r.conflicts.length}`,
    ...r.conflicts.map(
      (c) =>
        `      ${c.title}  ${c.id}  (${why[c.why]}: ${kept[c.kept]}${c.why === 'deleted-there' ? '' : '; the other version is in its history'}${c.otherTitle ? `; it is titled ${c.otherTitle}` : ''})`,
    ),
    `  trashed    ${r.trashed.length}`, ...list(r.trashed),
    `  unchanged  ${r.unchanged.length}`,
    `  ${[counts('sources', p.sources), counts('chains', p.chains), counts('regions', p.regions), counts('actors', p.actors), counts('tags', p.tags)].join('; ')}`,
    ...(p.droppedLinks ? [`  ${p.droppedLinks} links to records neither database has were left out`] : []),
  ];
}

/** What a person reads after a bundle import or its dry run. */
export function exchangeReport(file: string, result: ExchangePreview | ExchangeApplied, dryRun: boolean): string {
  const made = `made ${result.exportedAt.slice(0, 10)} by Chainline ${result.appVersion}`;
  const end = dryRun ? 'dry run: nothing was written' : `merged${'backup' in result && result.backup ? `; backup taken first: ${result.backup}` : ''}`;
  return [`${result.format} ${file} (${made})`, ...planLines(result.plan), end].join('\n');
}
