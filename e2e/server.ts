import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const repo = path.resolve(import.meta.dirname, '..');
export const cli = path.join(repo, 'bin', 'chainline');

export interface Served {
  url: string;
  dbPath: string;
  dir: string;
  stop(): Promise<void>;
}

/** Starts `chainline serve` on a fresh database in its own temp dir; resolves once it prints its URL. */
export async function serveFresh(prepare: string[][] = []): Promise<Served> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chainline-e2e-'));
  const dbPath = path.join(dir, 'test.db');
  for (const args of prepare) await runCli(['--db', dbPath, ...args]);
  const child: ChildProcess = spawn(process.execPath, [cli, '--db', dbPath, '--json', 'serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (l) => resolve(JSON.parse(l).url));
    child.once('exit', (code) => reject(new Error(`chainline serve exited with ${code}`)));
  });
  return {
    url,
    dbPath,
    dir,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
