import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../api/errors';
import { UsageError } from './args';

/** The options of a command that writes one file. */
export const OUT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false },
} as const;

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file --out names, refused before any work when it exists and --force is
 * absent; write() checks again atomically ('wx'), since the work may be long.
 */
export function outFile(values: Record<string, unknown>): { file: string; write(data: string | Uint8Array): void } {
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('--out FILE is required');
  const file = path.resolve(out);
  const force = values.force === true;
  if (exists(file) && !force) throw new AppError('conflict', `${out} exists; pass --force to overwrite it`);
  return { file, write: (data) => writeFileSync(file, data, { flag: force ? 'w' : 'wx' }) };
}
