import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import path from 'node:path';
import { DATA_FORMAT_FILES, type DataExport } from '../../api/contract/export';
import type { ImportBatch } from '../../api/contract/imports';
import { dispatch } from '../../api/dispatch';
import { AppError } from '../../api/errors';
import type { Notice } from '../shared/channels';
import type { Lang, ShellHandlers } from '../shared/shell-contract';
import type { DatabaseFileKind } from './database-file';
import { dataFileName, suggestedFileName } from '../../export/file-name';
import { exportDataDialog, exportPdfDialog, importFilesDialog, importFolderDialog, newDatabaseDialog, openDatabaseDialog, withExtension } from './dialogs';
import type { PrintPdf } from './print-pdf';
import type { GrantedPaths } from './granted-paths';
import type { CurrentProject, Project } from './project';
import { addRecent, fileKey, inRecent, removeRecent } from './recent-files';
import type { SettingsStore } from './settings';
import type { Strings } from './strings';

export interface NativeDialogs {
  /** The chosen paths, or null when cancelled. */
  open(options: OpenDialogOptions): Promise<string[] | null>;
  /** The chosen path (the OS dialog has asked before replacing a file), or null when cancelled. */
  save(options: SaveDialogOptions): Promise<string | null>;
  error(title: string, body: string): void;
}

/** Everything the shell actions touch outside themselves, so tests can stand in for Electron and the disk. */
export interface ShellDeps {
  strings(): Strings;
  documentsDir: string;
  project: CurrentProject;
  openProject(file: string): Project;
  classify(file: string): DatabaseFileKind;
  exists(file: string): boolean;
  /** To the OS trash, never deleted outright: a replaced project stays recoverable. */
  trash(file: string): Promise<void>;
  dialogs: NativeDialogs;
  /** Unloads the app page, asking about unsaved changes; false if the user chose to stay. */
  leavePage(): Promise<boolean>;
  loadApp(): Promise<void>;
  print: PrintPdf;
  writeFile(file: string, data: string | Uint8Array): void;
  settings: SettingsStore;
  /** Title bar, menu and the OS's recent documents follow the open file. */
  databaseChanged(file: string): void;
  languageChanged(lang: Lang): void;
  /** Taskbar/dock progress while a long action runs. */
  busy(on: boolean): void;
  notify(notice: Notice): void;
  /** Paths chosen in import dialogs: the only ones imports.paths accepts over IPC. */
  granted: GrantedPaths;
  platform?: NodeJS.Platform;
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

export function createShellHandlers(d: ShellDeps): ShellHandlers {
  const s = () => d.strings();

  const remember = (file: string) => {
    d.settings.update({ recent: addRecent(d.settings.get().recent, file, { platform: d.platform }), lastDatabase: file });
    d.databaseChanged(file);
  };

  const forget = (file: string) => {
    d.settings.update({ recent: removeRecent(d.settings.get().recent, file, d.platform) });
    d.databaseChanged(d.project.file);
  };

  async function switchTo(file: string, fresh: boolean): Promise<{ file: string } | null> {
    const m = s().message;
    if (fileKey(file, d.platform) === fileKey(d.project.file, d.platform)) {
      if (!fresh) return { file: d.project.file };
      d.dialogs.error(m.cannotOpen, m.alreadyOpen);
      return null;
    }
    if (!fresh) {
      const kind = d.classify(file);
      const problem = kind === 'missing' ? m.missing(file) : kind === 'not-sqlite' ? m.notSqlite(file) : kind === 'foreign' ? m.foreign(file) : null;
      if (problem) {
        if (kind === 'missing') forget(file);
        d.dialogs.error(m.cannotOpen, problem);
        return null;
      }
    }
    // The page goes first: its unsaved edits belong to the database it was showing.
    if (!(await d.leavePage())) return null;
    let next: Project;
    try {
      if (fresh) for (const suffix of SIDE_FILES) if (d.exists(file + suffix)) await d.trash(file + suffix);
      next = d.openProject(file);
    } catch (err) {
      await d.loadApp();
      d.dialogs.error(m.cannotOpen, (err as Error).message);
      return null;
    }
    d.project.replace(next);
    remember(file);
    await d.loadApp();
    return { file };
  }

  async function importChosen(options: OpenDialogOptions): Promise<ImportBatch | null> {
    const paths = await d.dialogs.open(options);
    if (!paths?.length) return null;
    d.busy(true);
    try {
      const reply = await dispatch(d.project.handlers(), 'imports.paths', { paths });
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error.field);
      const batch = reply.result as ImportBatch;
      d.notify({ kind: 'imported', counts: batch.counts });
      return batch;
    } finally {
      d.busy(false);
    }
  }

  return {
    openDatabase: async () => {
      const chosen = await d.dialogs.open(openDatabaseDialog(s(), path.dirname(d.project.file)));
      return chosen?.[0] ? switchTo(chosen[0], false) : null;
    },
    newDatabase: async () => {
      const chosen = await d.dialogs.save(newDatabaseDialog(s(), d.documentsDir));
      return chosen ? switchTo(withExtension(chosen, 'db', d.exists), true) : null;
    },
    openRecent: async ({ file }) => {
      // The renderer names a file; only one the main process itself listed may be opened this way.
      if (!inRecent(d.settings.get().recent, file, d.platform)) throw new AppError('forbidden', 'not in the recent files list', 'file');
      return switchTo(file, false);
    },
    recentFiles: async () => [...d.settings.get().recent],
    importFiles: () => importChosen(importFilesDialog(s(), d.documentsDir)),
    importFolder: () => importChosen(importFolderDialog(s(), d.documentsDir)),
    pickImportPaths: async ({ mode }) => {
      const paths = await d.dialogs.open(mode === 'files' ? importFilesDialog(s(), d.documentsDir) : importFolderDialog(s(), d.documentsDir));
      if (!paths?.length) return null;
      d.granted.grant(paths);
      return paths;
    },
    exportPdf: async ({ view }) => {
      const chosen = await d.dialogs.save(exportPdfDialog(s(), path.join(d.documentsDir, suggestedFileName(view))));
      if (!chosen) return null;
      const file = withExtension(chosen, 'pdf', d.exists);
      d.busy(true);
      try {
        const { pdf, summary } = await d.print(view);
        d.writeFile(file, pdf);
        return { file, pages: summary.pages };
      } finally {
        d.busy(false);
      }
    },
    exportData: async ({ format, filter, sort, columns }) => {
      const chosen = await d.dialogs.save(exportDataDialog(s(), format, path.join(d.documentsDir, dataFileName(d.project.file, format))));
      if (!chosen) return null;
      const file = withExtension(chosen, DATA_FORMAT_FILES[format].ext, d.exists);
      // The same export.data as the CLI and browser mode: only where the file goes differs.
      const reply = await dispatch(d.project.handlers(), 'export.data', { format, filter, sort, columns, lang: d.settings.get().lang });
      if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error.field);
      const data = reply.result as DataExport;
      d.writeFile(file, data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : data.content);
      return { file, records: data.records };
    },
    setLanguage: async ({ lang }) => {
      if (d.settings.get().lang !== lang) d.settings.update({ lang });
      d.languageChanged(lang);
      return null;
    },
  };
}
