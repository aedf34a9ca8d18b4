import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { DataFormat } from '../shared/shell-contract';
import { DATA_FORMAT_FILES } from '../../api/contract/export';
import type { Strings } from './strings';

// Options for the native dialogs, built as data so tests can read them. Every
// save dialog asks before replacing a file: Windows and macOS always do, and
// GTK does when told to ('showOverwriteConfirmation').

export const DATABASE_EXTENSIONS = ['db', 'sqlite', 'sqlite3'];
/** What db/services/import.ts accepts (IMPORTABLE). */
export const ARTICLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'pdf'];

const SAVE: SaveDialogOptions['properties'] = ['createDirectory', 'showOverwriteConfirmation'];

export function openDatabaseDialog(s: Strings, dir: string): OpenDialogOptions {
  return {
    title: s.dialog.openDatabase,
    defaultPath: dir,
    properties: ['openFile'],
    filters: [
      { name: s.dialog.databaseFiles, extensions: DATABASE_EXTENSIONS },
      { name: s.dialog.allFiles, extensions: ['*'] },
    ],
  };
}

export function newDatabaseDialog(s: Strings, dir: string): SaveDialogOptions {
  return {
    title: s.dialog.newDatabase,
    defaultPath: path.join(dir, s.dialog.newDatabaseName),
    properties: SAVE,
    filters: [{ name: s.dialog.databaseFiles, extensions: DATABASE_EXTENSIONS }],
  };
}

export function importFilesDialog(s: Strings, dir: string): OpenDialogOptions {
  return {
    title: s.dialog.importFiles,
    defaultPath: dir,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: s.dialog.articles, extensions: ARTICLE_EXTENSIONS },
      { name: s.dialog.allFiles, extensions: ['*'] },
    ],
  };
}

export function importFolderDialog(s: Strings, dir: string): OpenDialogOptions {
  return { title: s.dialog.importFolder, defaultPath: dir, properties: ['openDirectory'] };
}

export function exportPdfDialog(s: Strings, defaultPath: string): SaveDialogOptions {
  return { title: s.dialog.exportPdf, defaultPath, properties: SAVE, filters: [{ name: s.dialog.pdf, extensions: ['pdf'] }] };
}

/** Each data format's dialog title and file kind, by their keys in the shell catalogue. */
const DATA_DIALOG: Partial<Record<DataFormat, [keyof Strings['dialog'], keyof Strings['dialog']]>> = {
  csv: ['exportCsv', 'csv'],
  xlsx: ['exportXlsx', 'xlsx'],
  json: ['exportJson', 'json'],
  bundle: ['exportBundle', 'bundle'],
  'csl-json': ['exportCslJson', 'cslJson'],
  ris: ['exportRis', 'ris'],
  bibtex: ['exportBibtex', 'bibtex'],
  markdown: ['exportMarkdown', 'markdown'],
};

export function exportDataDialog(s: Strings, format: DataFormat, defaultPath: string): SaveDialogOptions {
  const [title, kind] = DATA_DIALOG[format] ?? DATA_DIALOG.csv!;
  return {
    title: s.dialog[title],
    defaultPath,
    properties: SAVE,
    filters: [{ name: s.dialog[kind], extensions: [DATA_FORMAT_FILES[format].ext] }],
  };
}

/**
 * A name typed without its extension gets it (GTK does not add it), unless
 * that would land on an existing file the dialog never asked about: then the
 * name stays exactly as chosen and confirmed.
 */
export function withExtension(file: string, ext: string, exists: (file: string) => boolean): string {
  if (path.extname(file).toLowerCase() === `.${ext}`) return file;
  const extended = `${file}.${ext}`;
  return exists(extended) ? file : extended;
}
