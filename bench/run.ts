import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchContext } from './context';
import { pruneStale } from './datasets';
import { FIGURES, type FigureName } from './figures';
import { describeMachine, machine, type Machine } from './machine';
import { MODES, type Mode } from './modes';
import { buildWeb, snapshotRenderer } from './renderer-snapshot';
import { load1, type Row } from './result';
import { formatMarkdown, formatTable } from './table';

// npm run bench [-- --quick] [-- --only search,query]: measures Chainline and
// its peers in one run, prints the table and writes bench/results.json.
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
    markdown: { type: 'boolean', default: false },
    /** Print the table of an earlier run's results.json (for the README) without measuring. */
    from: { type: 'string' },
  },
});
if (values.from) {
  const saved = JSON.parse(readFileSync(values.from, 'utf8')) as { mode: Mode; date: string; machine: Machine; loadAtEnd: number[]; rows: Row[] };
  console.log(`Chainline bench (${saved.mode}) — ${saved.date}\nmachine: ${describeMachine(saved.machine)}\nload average (1/5/15 min): ${saved.machine.loadAtStart.join(' / ')} at start, ${saved.loadAtEnd.join(' / ')} at end\n`);
  console.log(values.markdown ? formatMarkdown(saved.rows) : formatTable(saved.rows));
  process.exit(0);
}
const mode: Mode = values.quick ? 'quick' : 'full';
const only = values.only ? (values.only.split(',') as FigureName[]) : (Object.keys(FIGURES) as FigureName[]);
for (const f of only) if (!(f in FIGURES)) throw new Error(`unknown figure ${f}; figures: ${Object.keys(FIGURES).join(', ')}`);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = Date.now();
const log = (s: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}\n`);
const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'chainline-bench-'));
const m = machine(chromiumPath);
log(`${mode} run on ${describeMachine(m)}; load ${m.loadAtStart.join(' ')}`);
pruneStale(log);

const ctx: BenchContext = { mode, config: MODES[mode], log, rendererDir: '', chromiumPath, tmpDir };
const rows: Row[] = [];
const failures: { figure: string; error: string }[] = [];
try {
  buildWeb(log);
  if (only.some((f) => FIGURES[f].needsRenderer)) ctx.rendererDir = snapshotRenderer(tmpDir, log);
  for (const name of only) {
    log(`figure: ${name}`);
    try {
      rows.push(...(await FIGURES[name].run(ctx)));
    } catch (err) {
      // One broken figure should not hide the others: report it and go on.
      const error = (err as Error).stack ?? String(err);
      failures.push({ figure: name, error });
      log(`figure ${name} failed: ${error}`);
    }
  }
} finally {
  rmSync(tmpDir, { recursive: true, force: true });
}

const loadAtEnd = os.loadavg().map((l) => +l.toFixed(2));
const seconds = Math.round((Date.now() - started) / 1000);
const header = [
  `Chainline bench (${mode}) — ${new Date().toISOString()}, ${seconds} s`,
  `machine: ${describeMachine(m)}`,
  `load average (1/5/15 min): ${m.loadAtStart.join(' / ')} at start, ${loadAtEnd.join(' / ')} at end (${m.cores} cores; above ${m.cores} other work inflated the times)`,
  `medians and p95 over repeated runs (n in results.json); ratio compares medians; load = 1-min load average when the row was measured`,
];
console.log(`${header.join('\n')}\n\n${values.markdown ? formatMarkdown(rows) : formatTable(rows)}`);
for (const f of failures) console.log(`\nFAILED ${f.figure}: ${f.error.split('\n')[0]}`);

const out = values.out ?? path.join(import.meta.dirname, 'results.json');
writeFileSync(out, `${JSON.stringify({ mode, date: new Date().toISOString(), seconds, machine: m, loadAtEnd, load1AtWrite: load1(), rows, failures }, null, 2)}\n`);
log(`wrote ${path.relative(process.cwd(), out)}`);
process.exitCode = failures.length ? 1 : 0;
