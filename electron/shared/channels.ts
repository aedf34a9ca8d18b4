// IPC names shared by the main process and the preload. This module imports
// nothing: the sandboxed preload bundles it, and the less it carries the less
// there is to review.

/** The API contract (api/contract): one channel, the call named in the first argument. */
export const INVOKE_CHANNEL = 'chainline:invoke';
/** Shell actions (dialogs, database files, printing): validated in main by electron/shared/shell-contract. */
export const SHELL_CHANNEL = 'chainline:shell';
/** A link the user clicked, to open in the system browser (http and https only). */
export const OPEN_EXTERNAL_CHANNEL = 'chainline:open-external';
/** Main → renderer notices (a menu import finished, the database changed). */
export const NOTICE_CHANNEL = 'chainline:notice';

export const SHELL_ACTIONS = [
  'openDatabase',
  'newDatabase',
  'openRecent',
  'recentFiles',
  'importFiles',
  'importFolder',
  'pickImportPaths',
  'exportPdf',
  'exportData',
  'setLanguage',
] as const;
export type ShellAction = (typeof SHELL_ACTIONS)[number];

export const NOTICES = ['imported'] as const;
export type NoticeKind = (typeof NOTICES)[number];

export interface Notice {
  kind: NoticeKind;
  /** For 'imported': how many files were imported, were duplicates, failed. */
  counts?: { imported: number; duplicate: number; failed: number };
}
