import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Builds the renderer and the CLI bundle from the working tree: every figure
 * that spawns bin/chainline then measures the bundle, as a user runs it.
 */
export function buildWeb(log: (s: string) => void): void {
  log('building the renderer and the CLI (scripts/build.mjs --web)');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--web'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Copies the built renderer into the run's scratch folder: other people's
 * builds swap dist/renderer at any time, and a figure must not see a bundle
 * change (or vanish) halfway.
 */
export function snapshotRenderer(tmpDir: string, log: (s: string) => void): string {
  log('copying the renderer');
  const dest = path.join(tmpDir, 'renderer');
  // The swap is a remove then a rename: retry if another build is between the two.
  for (let attempt = 0; ; attempt++) {
    try {
      cpSync(path.join(ROOT, 'dist', 'renderer'), dest, { recursive: true });
      if (existsSync(path.join(dest, 'index.html')) && existsSync(path.join(dest, 'print.html'))) return dest;
    } catch (err) {
      if (attempt >= 20) throw err;
    }
    rmSync(dest, { recursive: true, force: true });
    execFileSync('sleep', ['0.5']);
  }
}
