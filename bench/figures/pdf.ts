import { spawn } from 'node:child_process';
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
}

/** One `chainline export-pdf` run, its memory sampled across the CLI and the Chromium it starts. */
async function exportOnce(ctx: BenchContext, dbFile: string, out: string): Promise<Export> {
  const t = performance.now();
  const child = spawn(process.execPath, [CLI, '--db', dbFile, 'export-pdf', '--out', out, '--force', '--json', '--renderer', ctx.rendererDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = treeSampler(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? 1)));
  const seconds = (performance.now() - t) / 1000;
  const mem = sampler.stop();
  if (code !== 0) throw new Error(`export-pdf failed (${code}): ${stderr.trim()}`);
  const result = JSON.parse(stdout) as { pages: number; bytes: number };
  return { seconds, pages: result.pages, bytes: result.bytes, peakCliMB: mem.peakRootMB, peakTreeMB: mem.peakTreeMB };
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
      notes: ['wall time of `chainline export-pdf` (CLI start, Chromium launch, print page load and layout, printing)'],
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
