import { execFileSync } from 'node:child_process';
import os from 'node:os';
import Database from 'better-sqlite3';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  sqlite: string;
  chromium: string;
  ripgrep: string;
  commit: string;
  /** Load averages (1, 5, 15 min) when the run began. */
  loadAtStart: number[];
}

function quiet(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function machine(chromiumPath: string): Machine {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sqlite,
    chromium: quiet(chromiumPath, ['--version']).split('\n').pop() ?? 'unknown',
    ripgrep: quiet('rg', ['--version']).split('\n')[0],
    commit: quiet('git', ['rev-parse', '--short', 'HEAD']),
    loadAtStart: os.loadavg().map((l) => +l.toFixed(2)),
  };
}

export const describeMachine = (m: Machine): string =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}, SQLite ${m.sqlite}, ${m.chromium}, ${m.ripgrep}; commit ${m.commit}`;
