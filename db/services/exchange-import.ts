import type { BundlePlan, ExchangeApplied, ExchangePreview, TableMapping } from '../../api/contract/exchange';
import { AppError } from '../../api/errors';
import { detectExchange, SNIFF_BYTES, type ExchangeFormat } from '../../import/exchange/detect';
import { backupBefore } from '../backups';
import type { Db } from '../connection';
import { readBundleFile } from './bundle-file';
import { mergeBundle, previewBundle } from './bundle-merge';
import { applyTable, previewTable } from './table-import';

// The one place an exchange file is routed to its reader, by what
// detectExchange finds in its first bytes. The CLI, the UI and browser mode
// all come through here; a format without a reader yet says so plainly.

export interface ExchangeFile {
  fileName: string;
  bytes: Uint8Array;
}

/** What a table import may be told: the column mapping to use, and whether to import only the valid rows. */
export interface ExchangeOptions {
  mapping?: TableMapping;
  validOnly?: boolean;
}

/** Which exchange format a file holds, or null for an article (the article importer's). */
export const exchangeFormat = (f: ExchangeFile): ExchangeFormat | null => detectExchange(f.bytes.subarray(0, SNIFF_BYTES), f.fileName);

/** Whether a merge with this plan writes anything (a conflict whose bundle version lost still writes it to history). */
function changes(p: BundlePlan): boolean {
  const r = p.records;
  const refs = [p.sources, p.chains, p.regions, p.actors, p.tags].some((c) => c.added || c.updated);
  return refs || r.added.length > 0 || r.updated.length > 0 || r.trashed.length > 0 || r.conflicts.some((c) => c.why !== 'deleted-there');
}

function unsupported(format: ExchangeFormat | null, fileName: string): never {
  if (!format) throw new AppError('invalid-argument', `${fileName} is not a Chainline bundle or another exchange file Chainline reads`, 'fileName');
  if (format === 'csl-json' || format === 'ris' || format === 'bibtex') {
    // Reference managers' files become sources through their own importer (sources.importCitations).
    throw new AppError('invalid-argument', `${fileName} is a ${format} file of references: import it as sources (chainline import, or the import dialog's CSL-JSON / RIS / BibTeX button)`, 'fileName');
  }
  throw new AppError('invalid-argument', `${fileName}: importing ${format} files is not supported yet`, 'fileName');
}

/** What importing the file would do; writes nothing. */
export async function previewExchange(db: Db, f: ExchangeFile, o: ExchangeOptions = {}): Promise<ExchangePreview> {
  const format = exchangeFormat(f);
  switch (format) {
    case 'bundle': {
      const b = readBundleFile(f.bytes);
      return { fileName: f.fileName, format, exportedAt: b.exportedAt, appVersion: b.app.version, plan: previewBundle(db, b) };
    }
    case 'csv':
    case 'xlsx':
      return previewTable(db, f, format, o);
    case 'csl-json':
    case 'ris':
    case 'bibtex':
    default:
      return unsupported(format, f.fileName);
  }
}

/** Imports the file, all or nothing, after a backup of the database as it was. */
export async function applyExchange(db: Db, dbPath: string, f: ExchangeFile, o: ExchangeOptions = {}): Promise<ExchangeApplied> {
  const format = exchangeFormat(f);
  switch (format) {
    case 'bundle': {
      // Validated and planned whole before the backup: a bad file, or one that changes nothing (the same bundle
      // again), costs neither a backup nor a write. The merge plans again inside its transaction.
      const b = readBundleFile(f.bytes);
      const meta = { fileName: f.fileName, format, exportedAt: b.exportedAt, appVersion: b.app.version } as const;
      const preview = previewBundle(db, b);
      if (!changes(preview)) return { ...meta, plan: preview, backup: null };
      const backup = await backupBefore(db, dbPath, 'before-bundle');
      return { ...meta, plan: mergeBundle(db, b), backup: backup?.name ?? null };
    }
    case 'csv':
    case 'xlsx':
      return applyTable(db, dbPath, f, format, o);
    case 'csl-json':
    case 'ris':
    case 'bibtex':
    default:
      return unsupported(format, f.fileName);
  }
}
