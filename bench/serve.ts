import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const CLI = path.resolve(import.meta.dirname, '..', 'bin', 'chainline');

export interface Served {
  /** The app's address without the token fragment. */
  base: string;
  token: string;
  pid: number;
  /** Epoch ms when the process was spawned and when it printed its URL. */
  spawnedAt: number;
  readyAt: number;
  stop(): Promise<void>;
}

/** Starts `chainline serve` on an existing database (as a user would) and resolves once it prints its URL line. */
export async function serve(dbFile: string, rendererDir: string): Promise<Served> {
  const spawnedAt = Date.now();
  const child: ChildProcess = spawn(process.execPath, [CLI, '--db', dbFile, '--json', 'serve', '--renderer', rendererDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`chainline serve exited with ${code}`)));
  });
  const readyAt = Date.now();
  const url = new URL(JSON.parse(line).url as string);
  const token = /token=([\w-]+)/.exec(url.hash)?.[1] ?? '';
  url.hash = '';
  return {
    base: url.toString(),
    token,
    pid: child.pid!,
    spawnedAt,
    readyAt,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
