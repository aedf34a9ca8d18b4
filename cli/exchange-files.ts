import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BundleApplied, BundlePlan, BundlePreview, ExchangeApplied, ExchangePreview, MergeItem, TableApplied, TablePreview } from '../api/contract/exchange';
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

/** The file's bytes, refused by its size before it is read when it is over its format's limit. */
export function readExchangeFile(file: string, format: ExchangeFormat = 'bundle'): { fileName: string; bytes: Uint8Array } {
  const size = statSync(file).size;
  const table = format === 'csv' || format === 'xlsx';
  const limit = table ? LIMITS.tableBytes : LIMITS.bundleBytes;
  if (size > limit) {
    const what = table ? `a table is ${limit / 1024 / 1024} MB: split it` : `a bundle is ${limit / 1024 / 1024} MB: export fewer records at a time`;
    throw new AppError('too-large', `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit for ${what}`);
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

/** What a person reads after a table import or its dry run: the mapping, the rows to add, those already here, the errors by row and column. */
function tableReport(file: string, result: TablePreview | TableApplied, dryRun: boolean): string {
  const p = result.plan;
  const read = result.encoding && result.encoding !== 'utf-8' ? ` (read as ${result.encoding.toUpperCase()})` : '';
  const mapping = p.headers.map((h) => `${h} → ${p.mapping[h] ?? '(left out)'}`).join(', ');
  const more = (shown: number, all: number) => (all > shown ? [`      … and ${all - shown} more`] : []);
  const applied = 'added' in result;
  const end = dryRun
    ? 'dry run: nothing was written'
    : applied
      ? `${result.added ? `imported ${result.added} records` : 'nothing to import'}${p.counts.invalid ? `; ${p.counts.invalid} rows with errors left out` : ''}${result.backup ? `; backup taken first: ${result.backup}` : ''}`
      : 'nothing was written';
  return [
    `${result.format} ${file}${read}`,
    `  mapping (${p.mappingFrom}): ${mapping}`,
    `  rows       ${p.rows}`,
    `  to add     ${p.counts.add}`, ...p.add.slice(0, 20).map((r) => `      row ${r.row}  ${r.title}`), ...more(Math.min(20, p.add.length), p.counts.add),
    `  existing   ${p.counts.existing}`, ...p.existing.slice(0, 20).map((r) => `      row ${r.row}  ${r.title}  ${r.id}`), ...more(Math.min(20, p.existing.length), p.counts.existing),
    `  errors     ${p.counts.errors}${p.counts.invalid ? ` in ${p.counts.invalid} rows` : ''}`, ...p.errors.slice(0, 50).map((e) => `      ${e.message}`), ...more(Math.min(50, p.errors.length), p.counts.errors),
    end,
  ].join('\n');
}

/** What a person reads after an exchange import or its dry run. */
export function exchangeReport(file: string, result: ExchangePreview | ExchangeApplied, dryRun: boolean): string {
  return result.format === 'csv' || result.format === 'xlsx' ? tableReport(file, result, dryRun) : bundleReport(file, result as BundlePreview | BundleApplied, dryRun);
}

function bundleReport(file: string, result: BundlePreview | BundleApplied, dryRun: boolean): string {
  const made = `made ${result.exportedAt.slice(0, 10)} by Chainline ${result.appVersion}`;
  const end = dryRun ? 'dry run: nothing was written' : `merged${'backup' in result && result.backup ? `; backup taken first: ${result.backup}` : ''}`;
  return [`${result.format} ${file} (${made})`, ...planLines(result.plan), end].join('\n');
}
