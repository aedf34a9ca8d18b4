import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../shared/shell-contract';
import { STRINGS } from './strings';

export interface MenuActions {
  newDatabase(): void;
  openDatabase(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  importFiles(): void;
  importFolder(): void;
  exportPdf(): void;
  exportJson(): void;
  exportCsv(): void;
  showDatabase(): void;
  about(): void;
}

export interface MenuContext {
  lang: Lang;
  platform: NodeJS.Platform;
  recent: readonly string[];
  /** Developer tools only in development builds. */
  devTools: boolean;
  actions: MenuActions;
}

/** macOS shows no mnemonics: "文件(&F)" becomes "文件", "&File" becomes "File". */
function label(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text.replace(/\(&\w\)/g, '').replace(/&(?!&)/g, '') : text;
}

/** A path as a menu label: on Windows and Linux a lone & would underline the next letter. */
const literal = (text: string, platform: NodeJS.Platform) => (platform === 'darwin' ? text : text.replace(/&/g, '&&'));

/** The application menu as a template: pure, so each language and platform can be checked without Electron. */
export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const m = STRINGS[ctx.lang].menu;
  const mac = ctx.platform === 'darwin';
  const L = (t: string) => label(t, ctx.platform);
  const a = ctx.actions;
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const recent: MenuItemConstructorOptions[] = ctx.recent.length
    ? [...ctx.recent.map((file) => ({ label: literal(file, ctx.platform), click: () => a.openRecent(file) })), sep, { label: m.clearRecent, click: a.clearRecent }]
    : [{ label: m.noRecent, enabled: false }];

  const appMenu: MenuItemConstructorOptions = {
    label: STRINGS[ctx.lang].appName,
    submenu: [
      { label: m.about, click: a.about },
      sep,
      { label: m.services, role: 'services' },
      sep,
      { label: m.hide, role: 'hide' },
      { label: m.hideOthers, role: 'hideOthers' },
      { label: m.unhide, role: 'unhide' },
      sep,
      { label: m.quit, role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: L(m.file),
    submenu: [
      { id: 'new-database', label: m.newDatabase, accelerator: 'CmdOrCtrl+Shift+N', click: a.newDatabase },
      { id: 'open-database', label: m.openDatabase, accelerator: 'CmdOrCtrl+O', click: a.openDatabase },
      { id: 'open-recent', label: m.openRecent, submenu: recent },
      sep,
      { id: 'import-files', label: m.importFiles, accelerator: 'CmdOrCtrl+I', click: a.importFiles },
      { id: 'import-folder', label: m.importFolder, click: a.importFolder },
      {
        id: 'export',
        label: m.export,
        submenu: [
          { id: 'export-pdf', label: m.exportPdf, accelerator: 'CmdOrCtrl+P', click: a.exportPdf },
          { id: 'export-json', label: m.exportJson, click: a.exportJson },
          { id: 'export-csv', label: m.exportCsv, click: a.exportCsv },
        ],
      },
      sep,
      { id: 'show-database', label: m.showDatabase, click: a.showDatabase },
      sep,
      { label: m.closeWindow, role: 'close' },
      ...(mac ? [] : [{ label: m.quit, role: 'quit' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: L(m.edit),
    submenu: [
      { label: m.undo, role: 'undo' },
      { label: m.redo, role: 'redo' },
      sep,
      { label: m.cut, role: 'cut' },
      { label: m.copy, role: 'copy' },
      { label: m.paste, role: 'paste' },
      ...(mac ? [{ label: m.pasteAndMatchStyle, role: 'pasteAndMatchStyle' } satisfies MenuItemConstructorOptions] : []),
      { label: m.delete, role: 'delete' },
      sep,
      { label: m.selectAll, role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: L(m.view),
    submenu: [
      { label: m.reload, role: 'reload' },
      ...(ctx.devTools ? [{ label: m.toggleDevTools, role: 'toggleDevTools' } satisfies MenuItemConstructorOptions] : []),
      sep,
      { label: m.actualSize, role: 'resetZoom' },
      { label: m.zoomIn, role: 'zoomIn' },
      { label: m.zoomOut, role: 'zoomOut' },
      sep,
      { label: m.toggleFullScreen, role: 'togglefullscreen' },
    ],
  };

  const win: MenuItemConstructorOptions = {
    label: L(m.window),
    // macOS adds its window list to the menu with this role.
    ...(mac ? { role: 'window' as const } : {}),
    submenu: [
      { label: m.minimize, role: 'minimize' },
      ...(mac ? [{ label: m.zoom, role: 'zoom' } satisfies MenuItemConstructorOptions] : []),
      ...(mac ? [sep, { label: m.front, role: 'front' } satisfies MenuItemConstructorOptions] : [{ label: m.closeWindow, role: 'close' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: L(m.help),
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [{ id: 'about', label: m.about, click: a.about }],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, win, help];
}
