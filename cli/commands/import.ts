import { AppError } from '../../api/errors';
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

export const importCmd: Command = {
  name: 'import',
  usage: 'chainline import PATH... [--dry-run] [--valid-only] [--json]',
  summary: 'import article files and folders (txt, md, html, docx, pdf; any Chinese encoding) and CSL-JSON, RIS and BibTeX files as sources, and merge Chainline bundles',
  options: { 'dry-run': { type: 'boolean', default: false }, 'valid-only': { type: 'boolean', default: false } },
  async run({ dbPath, json, positionals: given, values }) {
    if (!given.length) throw new UsageError('import needs at least one file or folder');
    const dryRun = values['dry-run'] === true;
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
      // Other exchange files next, each all or nothing: a bad bundle stops the command before any article is imported.
      const merged = [];
      for (const x of exchange) {
        // A large bundle takes seconds to check and merge: say what is happening while it does.
        if (progress) process.stderr.write(`${dryRun ? 'checking' : 'merging'} ${x.file}…\n`);
        const f = readExchangeFile(x.file);
        const result = dryRun ? previewExchange(s.db, f) : await applyExchange(s.db, s.dbPath, f);
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
