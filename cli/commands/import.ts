import { readFileSync } from 'node:fs';
import { TableMapping } from '../../api/contract/exchange';
import { AppError, invalidArgument } from '../../api/errors';
import type { ImportResult } from '../../api/contract/imports';
import type { Suggestions } from '../../import';
import { backupBefore, BULK } from '../../db/backups';
import { expandPaths, importPaths } from '../../db/services/import';
import { applyExchange, previewExchange } from '../../db/services/exchange-import';
import { exchangeReport, readExchangeFile, splitArgs } from '../exchange-files';
import { citationFiles, printCitationResult } from './import-citations';
import { UsageError } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { printJson } from '../output';

/** What a batch user wants to see of the suggestions: names and values, not spans. */
function summary(s: Suggestions | null) {
  if (!s) return null;
  return {
    regions: s.regions.map((r) => r.name),
    chains: s.chains.map((c) => c.name),
    dates: s.dates.map((d) => d.iso),
    meetingKinds: [...new Set(s.meetingKinds.map((m) => m.kind))],
    plans: s.plans.map((p) => ({ title: p.title, docNumber: p.docNumber, kind: p.docKind })),
    targets: s.targets.map((t) => ({ what: t.what, value: t.value, unit: t.unit, year: t.year })),
    people: s.people.map((p) => ({ name: p.name, post: p.post })),
    bodies: s.bodies.map((b) => b.name),
    firms: s.firms.map((f) => f.name),
  };
}

const row = (r: ImportResult) => ({
  file: r.file, status: r.status, error: r.error, sourceId: r.sourceId, duplicateOf: r.duplicateOf, title: r.title, outlet: r.outlet,
  publishedAt: r.publishedAt, script: r.script, encoding: r.encoding, format: r.format, suggestions: summary(r.suggestions as Suggestions | null),
});

/** A --map file: JSON { "header": "field" } (null or "" leaves a column out). */
function readMap(file: string): TableMapping {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AppError('invalid-argument', `--map ${file}: ${(err as Error).message}`);
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    value = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === '' ? null : v]));
  }
  const parsed = TableMapping.safeParse(value);
  if (!parsed.success) throw new AppError('invalid-argument', `--map ${file}: ${invalidArgument(parsed.error).message} (write { "header": "field" } with fields ${TableMapping.valueType.unwrap().options.join(', ')})`);
  return parsed.data;
}

export const importCmd: Command = {
  name: 'import',
  usage: 'chainline import PATH... [--dry-run] [--map FILE] [--valid-only] [--json]',
  summary:
    'import article files and folders (txt, md, html, docx, pdf; any Chinese encoding) and CSL-JSON, RIS and BibTeX files as sources, records from CSV and Excel tables, and merge Chainline bundles',
  options: { 'dry-run': { type: 'boolean', default: false }, map: { type: 'string' }, 'valid-only': { type: 'boolean', default: false } },
  async run({ dbPath, json, positionals: given, values }) {
    if (!given.length) throw new UsageError('import needs at least one file or folder');
    const dryRun = values['dry-run'] === true;
    const options = { mapping: typeof values.map === 'string' ? readMap(values.map) : undefined, validOnly: values['valid-only'] === true };
    const s = openSession(dbPath);
    const progress = process.stderr.isTTY;
    try {
      // Reference managers' files (recognised by content) are read by their own importer, each all or nothing.
      const cites = await citationFiles(s.db, given, { dryRun, validOnly: values['valid-only'] === true });
      if (!json) cites.forEach(printCitationResult);
      const refusedCites = () => {
        const refused = cites.filter((c) => c.result.refused).length;
        if (refused) throw new AppError('invalid-argument', `${refused} of ${cites.length} citation files were refused: nothing from them was stored`);
      };
      const { exchange, articles } = splitArgs(given.filter((p) => !cites.some((c) => c.path === p)));
      if (options.mapping && !exchange.some((x) => x.format === 'csv' || x.format === 'xlsx')) throw new UsageError('--map is for tables (csv, xlsx)');
      // Other exchange files next, each all or nothing: a bad bundle stops the command before any article is imported.
      const merged = [];
      for (const x of exchange) {
        const table = x.format === 'csv' || x.format === 'xlsx';
        // A large bundle or table takes seconds to check and write: say what is happening while it does.
        if (progress) process.stderr.write(`${dryRun ? 'checking' : table ? 'importing' : 'merging'} ${x.file}…\n`);
        const f = readExchangeFile(x.file, x.format);
        // A table with errors is shown whole (every error by row and column) before it is refused.
        const preview = dryRun || table ? await previewExchange(s.db, f, options) : null;
        if (preview && !dryRun && 'counts' in preview.plan && (preview.plan.counts.file || (preview.plan.counts.invalid && !options.validOnly))) {
          if (json) printJson([...merged, { file: x.file, dryRun, ...preview }]);
          else console.log(exchangeReport(x.file, preview, true).replace(/dry run: nothing was written$/, 'nothing was written'));
          const p = preview.plan;
          throw new AppError('invalid-argument', p.counts.file
            ? `${x.file}: nothing was imported: ${p.errors.filter((e) => e.row === null || !p.invalidRows.includes(e.row))[0]?.message ?? 'the file or its mapping has errors'}`
            : `${x.file}: nothing was imported: ${p.counts.invalid} of ${p.rows} rows have errors (fix them, or pass --valid-only to import the other rows)`);
        }
        const result = dryRun ? preview! : await applyExchange(s.db, s.dbPath, f, options);
        if (json) merged.push({ file: x.file, dryRun, ...result });
        else console.log(exchangeReport(x.file, result, dryRun));
      }
      const citeRows = cites.map((c) => c.row);
      if (!articles.length) {
        // One kind of file gives its own list, as each always has; both kinds give both lists.
        if (json) printJson(merged.length && citeRows.length ? { exchange: merged, citations: citeRows } : merged.length ? merged : citeRows);
        refusedCites();
        return;
      }
      if (dryRun) {
        const found = (await expandPaths(articles)).files;
        if (json) printJson({ exchange: merged, citations: citeRows, articles: found.map((f) => ({ file: f, status: 'would-import' })) });
        else console.log(`dry run: ${found.length} article files would be imported:\n${found.map((f) => `  ${f}`).join('\n')}`);
        refusedCites();
        return;
      }
      if ((await expandPaths(articles)).files.length > BULK.importFiles) await backupBefore(s.db, s.dbPath, 'before-import');
      const batch = await importPaths(s.db, articles, {
        onProgress: ({ done, total, result }) => {
          if (!json) console.log(`${result.status.padEnd(9)} ${result.file}${result.title ? `  ${result.title}` : ''}${result.error ? `  (${result.error})` : ''}`);
          else if (progress) process.stderr.write(`\r${done}/${total}`);
        },
      });
      if (progress && json) process.stderr.write('\n');
      if (json) printJson(merged.length ? { exchange: merged, citations: citeRows, articles: batch.results.map(row) } : [...citeRows, ...batch.results.map(row)]);
      else {
        batch.results.filter((r) => r.error === 'not found').forEach((r) => console.log(`failed    ${r.file}  (not found)`));
        console.log(`${batch.counts.imported} imported, ${batch.counts.duplicate} duplicate, ${batch.counts.failed} failed`);
      }
      refusedCites();
      if (batch.counts.failed) throw new AppError('invalid-argument', `${batch.counts.failed} of ${batch.results.length} files could not be imported`);
    } finally {
      s.close();
    }
  },
};
