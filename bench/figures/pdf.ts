import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { sizeLabel, type BenchContext } from '../context';
import { dataset } from '../datasets';
import { pdfFloor } from '../peers/pdf-floor';
import { treeSampler } from '../proc';
import { goalMax, row, single, stat, type Row } from '../result';

const CLI = path.resolve(import.meta.dirname, '..', '..', 'bin', 'chainline');

interface Export {
  seconds: number;
  pages: number;
  bytes: number;
  peakCliMB: number;
  peakTreeMB: number;
  /** Seconds from the spawn to each step the CLI reports ('starting Chromium', 'loading records', …). */
  steps: Record<string, number>;
}

/**
 * One `chainline export-pdf` run, its memory sampled across the CLI and the
 * Chromium it starts. Without --json the CLI reports its steps on stderr,
 * which gives where the time goes; the page count comes from its last line.
 */
async function exportOnce(ctx: BenchContext, dbFile: string, out: string): Promise<Export> {
  const t = performance.now();
  const child = spawn(process.execPath, [CLI, '--db', dbFile, 'export-pdf', '--out', out, '--force', '--renderer', ctx.rendererDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = treeSampler(child.pid!);
  let stdout = '';
  let stderr = '';
  const steps: Record<string, number> = {};
  child.stdout.on('data', (d) => (stdout += d));
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr += `${line}\n`;
    steps[line.replace(/…$/, '')] = (performance.now() - t) / 1000;
  });
  const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? 1)));
  const seconds = (performance.now() - t) / 1000;
  const mem = sampler.stop();
  if (code !== 0) throw new Error(`export-pdf failed (${code}): ${stderr.trim()}`);
  const pages = Number(/(\d+) pages/.exec(stdout)?.[1] ?? NaN);
  return { seconds, pages, bytes: statSync(out).size, peakCliMB: mem.peakRootMB, peakTreeMB: mem.peakTreeMB, steps };
}

/** "CLI start 1.9 s, starting Chromium 0.8 s, …": how long each reported step lasted (medians over runs). */
function stepNote(runs: Export[]): string {
  const names = Object.keys(runs[0].steps);
  const at = (r: Export, i: number) => (i < names.length ? r.steps[names[i]] : r.seconds);
  const parts = [`CLI start ${stat(runs.map((r) => at(r, 0))).median.toFixed(1)} s`];
  names.forEach((n, i) => parts.push(`${n} ${stat(runs.map((r) => at(r, i + 1) - at(r, i))).median.toFixed(1)} s`));
  return parts.join(', ');
}

/** PDF export of a 1,000-record timeline through the CLI, against Chromium printing the same records as a plain table. */
export async function pdfFigure(ctx: BenchContext): Promise<Row[]> {
  const size = ctx.config.pdfRecords;
  const ds = dataset('records', size, ctx.log);
  const runs: Export[] = [];
  for (let i = 0; i < ctx.config.runs.pdf; i++) {
    runs.push(await exportOnce(ctx, ds.file, path.join(ctx.tmpDir, `export-${i}.pdf`)));
    ctx.log(`  export-pdf: ${runs[i].seconds.toFixed(1)} s, ${runs[i].pages} pages`);
  }
  const floor: number[] = [];
  const { db } = openDatabase(ds.file);
  try {
    for (let i = 0; i < ctx.config.runs.pdf; i++) floor.push((await pdfFloor(db, ctx.chromiumPath)).seconds);
  } finally {
    db.close();
  }
  const s = stat(runs.map((r) => r.seconds));
  const label = sizeLabel(size, 'records');
  return [
    row({
      figure: `PDF export, chain lanes, A4 (${runs[0].pages} pages, ${(runs[0].bytes / 2 ** 20).toFixed(1)} MB)`,
      size: label,
      unit: 's',
      better: 'lower',
      ours: s,
      peers: [{ name: 'Chromium printing a plain table', stat: stat(floor) }],
      goal: goalMax('< 3 s', s, 3),
      notes: [`wall time of \`chainline export-pdf\`; median split: ${stepNote(runs)} (the last step includes writing the file and exiting)`],
      extra: { runs },
    }),
    row({
      figure: 'PDF export peak memory: CLI process (VmHWM)',
      size: label, unit: 'MB', better: 'lower', ours: single(Math.max(...runs.map((r) => r.peakCliMB))), goal: null,
    }),
    row({
      figure: 'PDF export peak memory: CLI + Chromium processes (sum of RSS, sampled every 50 ms)',
      size: label, unit: 'MB', better: 'lower', ours: single(Math.max(...runs.map((r) => r.peakTreeMB))), goal: null,
      notes: ['shared pages count once per process, so the sum overstates what the machine gives up'],
    }),
  ];
}
