import { z } from 'zod';
import { DataFormat, PrintView, TableColumn } from '../../api/contract/export';
import { RecordSort } from '../../api/contract/records';
import { RecordFilter } from '../../api/contract/filters';
import type { ImportBatch } from '../../api/contract/imports';
import type { ShellAction } from './channels';

// Shell actions are not part of the API contract: they need the main process
// (native dialogs, files chosen by the user, a hidden print window) and have
// no meaning in browser mode. Like the contract, every argument is validated
// here before anything runs; a path never comes from the renderer except as
// a member of the recent-files list the main process itself keeps.

export const LANGS = ['zh', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const none = z.strictObject({}).default({});

export const shellInputs = {
  openDatabase: none,
  newDatabase: none,
  openRecent: z.strictObject({ file: z.string().min(1).max(4096) }),
  recentFiles: none,
  importFiles: none,
  importFolder: none,
  /** A native chooser only: the page imports the paths itself (imports.paths), with its progress and cancel. */
  pickImportPaths: z.strictObject({ mode: z.enum(['files', 'folder']) }),
  exportPdf: z.strictObject({ view: PrintView }),
  exportData: z.strictObject({ format: DataFormat, filter: RecordFilter.default({}), sort: RecordSort.optional(), columns: z.array(TableColumn).optional() }),
  setLanguage: z.strictObject({ lang: Lang }),
} satisfies Record<ShellAction, z.ZodType>;

export type { DataFormat };

/** What each action resolves to; null means the user cancelled a dialog. */
export interface ShellResults {
  openDatabase: { file: string } | null;
  newDatabase: { file: string } | null;
  openRecent: { file: string } | null;
  recentFiles: string[];
  importFiles: ImportBatch | null;
  importFolder: ImportBatch | null;
  pickImportPaths: string[] | null;
  exportPdf: { file: string; pages: number } | null;
  exportData: { file: string; records: number } | null;
  setLanguage: null;
}

export type ShellArgs = { [A in ShellAction]: z.input<(typeof shellInputs)[A]> };
export type ShellParsed = { [A in ShellAction]: z.output<(typeof shellInputs)[A]> };

/** The main process's implementation of the shell actions, given validated arguments. */
export type ShellHandlers = { [A in ShellAction]: (args: ShellParsed[A]) => Promise<ShellResults[A]> };

/** What the renderer sees as window.chainline.shell (errors arrive as thrown Errors). */
export type ShellApi = {
  [A in ShellAction]: undefined extends ShellArgs[A] ? (args?: ShellArgs[A]) => Promise<ShellResults[A]> : (args: ShellArgs[A]) => Promise<ShellResults[A]>;
};
