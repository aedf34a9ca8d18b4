// npm run soak: the crash harness at length (default 1,000 SIGKILLs; `npm run soak -- 2000`), with a report.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crashHarness } from './crash-harness';

const kills = Number(process.argv[2] ?? 1000);
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100000);
const workDir = mkdtempSync(path.join(tmpdir(), 'chainline-soak-'));
let last = 0;
try {
  const r = await crashHarness({
    kills,
    workDir,
    seed,
    parallel: 2,
    onProgress: (p) => {
      if (p.kills >= last + 50) {
        last = p.kills;
        process.stderr.write(`${p.kills}/${kills} kills, ${p.corrupt} corrupt, ${p.lostAcks} lost, ${p.halfFiles} half-imported\n`);
      }
    },
  });
  const lines = [
    `soak (seed ${seed}): ${r.kills} kills in ${(r.ms / 1000).toFixed(0)} s (${r.finished} runs finished before their kill)`,
    `  kills by work: ${Object.entries(r.byMode).map(([m, n]) => `${m} ${n}`).join(', ')}`,
    `  corrupt databases:          ${r.corrupt}`,
    `  lost acknowledged commits:  ${r.lostAcks}`,
    `  half-imported files:        ${r.halfFiles}`,
    `  bad backups:                ${r.badBackups}`,
    ...r.problems.slice(0, 20).map((p) => `  problem: ${p}`),
  ];
  console.log(lines.join('\n'));
  process.exitCode = r.corrupt || r.lostAcks || r.halfFiles || r.badBackups || r.problems.length ? 1 : 0;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
