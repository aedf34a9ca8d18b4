import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PdfPrinter } from '../export/printer';
import { corruptMessage, readOnlyMessage } from '../db/health';
import { openBackend, type Backend } from '../host/compose';
import { repoRoot } from './paths';

export const VERSION: string = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;

/** What a command works with: the database and the same contract the renderer uses, called in-process. */
export type Session = Backend;

export function openSession(dbPath: string, o: { printer?: PdfPrinter } = {}): Session {
  const s = openBackend(dbPath, { version: VERSION, printer: o.printer });
  // Reading still works; say once, on standard error, why saving will not.
  const h = s.health;
  if (h.mode === 'corrupt') console.error(`chainline: warning: ${corruptMessage(s.dbPath, h.detail ?? 'integrity check failed', h.backup)}`);
  else if (h.mode === 'read-only') console.error(`chainline: warning: ${readOnlyMessage(s.dbPath, h.detail)}`);
  return s;
}
