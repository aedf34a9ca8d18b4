import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../context';
import { largeFiles } from '../large-files';
import { treeSampler } from '../proc';
import { goalMax, row, stat, type Row } from '../result';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'chainline');

/** Runs a command, sampling its resident memory; resolves with its peak (VmHWM, MB), exit code and output. */
function peakOf(args: string[]): Promise<{ peakMB: number; code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = treeSampler(child.pid!, 20);
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', () => undefined);
    child.on('error', reject);
    child.on('exit', (code) => resolve({ peakMB: sampler.stop().peakRootMB, code, stdout }));
  });
}

/**
 * Peak memory of `chainline import` for the largest file of each kind the
 * importer accepts (and one it refuses as too long), into a database that
 * already exists, as a researcher's does. The peer is the floor: Node reading
 * the same file into a string and nothing else.
 */
export async function importMemoryFigure(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const runs = ctx.config.runs.importMemory;
  for (const file of largeFiles()) {
    const at = path.join(ctx.tmpDir, file.name);
    writeFileSync(at, file.bytes);
    const ours: number[] = [];
    const floor: number[] = [];
    let status = '';
    for (let i = 0; i < runs; i++) {
      const db = path.join(ctx.tmpDir, `memory-${file.name}-${i}.db`);
      await peakOf([bin, '--db', db, 'init']);
      ctx.log(`import-memory: ${file.label}, run ${i + 1}/${runs}`);
      const r = await peakOf([bin, '--db', db, 'import', '--json', at]);
      const result = (JSON.parse(r.stdout || '[]') as { status: string; error: string | null }[])[0];
      status = result ? `${result.status}${result.error ? ` (${result.error})` : ''}` : `exit ${r.code}`;
      if ((result?.status === 'imported') !== file.accepted) throw new Error(`${file.name}: expected ${file.accepted ? 'imported' : 'refused'}, got ${status}`);
      ours.push(r.peakMB);
      floor.push((await peakOf(['-e', `require('node:fs').readFileSync(${JSON.stringify(at)}, 'utf8')`])).peakMB);
    }
    const s = stat(ours);
    rows.push(
      row({
        figure: 'import peak memory (RSS), one file',
        size: file.label,
        unit: 'MB',
        better: 'lower',
        ours: s,
        peers: [{ name: 'floor: Node reading it into a string', stat: stat(floor) }],
        goal: goalMax('< 500 MB for any accepted file', s, 500),
        notes: [status, 'the CLI bundle into an existing database; the parse worker is capped at a 192 MB heap'],
        extra: { peaksMB: ours, floorMB: floor },
      }),
    );
  }
  return rows;
}
