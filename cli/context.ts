import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PdfPrinter } from '../export/printer';
import { openBackend, type Backend } from '../host/compose';
import { repoRoot } from './paths';

export const VERSION: string = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;

/** What a command works with: the database and the same contract the renderer uses, called in-process. */
export type Session = Backend;

export function openSession(dbPath: string, o: { printer?: PdfPrinter } = {}): Session {
  return openBackend(dbPath, { version: VERSION, printer: o.printer });
}
