import { statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { AppError } from '../api/errors';
import { UsageError } from './args';

/** The options of a command that writes one file. */
export const OUT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false },
} as const;

function statOf(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
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
  // Checked before the work starts, which for a PDF can take a while; writing
  // into a pipe or a device would hang or go nowhere, so only files are written.
  const dir = statOf(path.dirname(file));
  if (!dir?.isDirectory()) throw new AppError('not-found', `the folder ${path.dirname(out) || '.'} does not exist`);
  const target = statOf(file);
  if (target && !target.isFile()) throw new AppError('invalid-argument', `${out} is ${target.isDirectory() ? 'a folder' : 'not a regular file'}: name a file to write`);
  if (target && !force) throw new AppError('conflict', `${out} exists; pass --force to overwrite it`);
  return { file, write: (data) => writeFileSync(file, data, { flag: force ? 'w' : 'wx' }) };
}
