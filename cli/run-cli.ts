import { spawn } from 'node:child_process';
import path from 'node:path';

// The command as a researcher runs it, for the CLI's round-trip tests: a fresh
// process each time, no default database from the environment, output as text.

export const BIN = path.join(import.meta.dirname, '..', 'bin', 'chainline');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], stdin: string | Buffer = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, CHAINLINE_DB: '', CHAINLINE_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
