import path from 'node:path';
import type { ImportBatch } from '../../api/contract/imports';
import { shellInputs, type Lang, type ShellHandlers } from '../shared/shell-contract';
import type { MenuActions } from './menu';
import type { SettingsStore } from './settings';
import type { Strings } from './strings';

export interface MenuActionDeps {
  shell: ShellHandlers;
  strings(): Strings;
  lang(): Lang;
  settings: SettingsStore;
  currentFile(): string;
  /** Rebuilds the menu (after the recent list changed). */
  refreshMenu(): void;
  showItemInFolder(file: string): void;
  about(): void;
  info(message: string, detail?: string): void;
  error(title: string, body: string): void;
}

const MAX_LISTED_FAILURES = 10;

/**
 * Menu items run the same shell actions as the renderer's buttons. Started
 * from the menu, nobody in the page awaits the result, so the outcome is
 * reported here with native message boxes.
 */
export function createMenuActions(d: MenuActionDeps): MenuActions {
  const attempt = (title: () => string, fn: () => Promise<void>) => () => {
    fn().catch((err: Error) => d.error(title(), err.message));
  };
  const cannotOpen = () => d.strings().message.cannotOpen;
  const exportFailed = () => d.strings().message.exportFailed;
  const importFailed = () => d.strings().message.importFailed;

  const reportImport = (batch: ImportBatch | null) => {
    if (!batch) return;
    const m = d.strings().message;
    const failures = batch.results.filter((r) => r.status === 'failed');
    const listed = failures.slice(0, MAX_LISTED_FAILURES).map((r) => `${path.basename(r.file)}: ${r.error ?? ''}`);
    if (failures.length > listed.length) listed.push('…');
    d.info(m.importDone(batch.counts), listed.length ? `${m.importFailures}\n${listed.join('\n')}` : undefined);
  };

  const saved = (result: { file: string } | null) => {
    if (result) d.info(d.strings().message.exported(result.file));
  };

  return {
    newDatabase: attempt(cannotOpen, async () => void (await d.shell.newDatabase({}))),
    openDatabase: attempt(cannotOpen, async () => void (await d.shell.openDatabase({}))),
    openRecent: (file) => attempt(cannotOpen, async () => void (await d.shell.openRecent({ file })))(),
    clearRecent: () => {
      d.settings.update({ recent: [] });
      d.refreshMenu();
    },
    importFiles: attempt(importFailed, async () => reportImport(await d.shell.importFiles({}))),
    importFolder: attempt(importFailed, async () => reportImport(await d.shell.importFolder({}))),
    // From the menu there is no on-screen view to print: the whole project's timeline, in the UI language.
    exportPdf: attempt(exportFailed, async () => saved(await d.shell.exportPdf(shellInputs.exportPdf.parse({ view: { lang: d.lang() } })))),
    exportJson: attempt(exportFailed, async () => saved(await d.shell.exportData(shellInputs.exportData.parse({ format: 'json' })))),
    exportCsv: attempt(exportFailed, async () => saved(await d.shell.exportData(shellInputs.exportData.parse({ format: 'csv' })))),
    showDatabase: () => d.showItemInFolder(d.currentFile()),
    about: d.about,
  };
}
