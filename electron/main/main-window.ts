import type { BrowserWindow, Screen } from 'electron';
import path from 'node:path';
import { APP_INDEX_URL } from './protocol';
import { mainWindowOptions, type WindowConstructor } from './window';
import { restoreBounds, trackWindowState, type WindowState } from './window-state';

/** The title bar names the open project file first: several windows of research look alike otherwise. */
export function windowTitle(dbFile: string, appName: string): string {
  return `${path.basename(dbFile)} — ${appName}`;
}

export interface MainWindowDeps {
  BrowserWindow: WindowConstructor;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  preload: string;
  icon?: string;
  title: string;
  saved: WindowState | undefined;
  saveState(state: WindowState): void;
}

export function createMainWindow(d: MainWindowDeps): BrowserWindow {
  const state = restoreBounds(
    d.saved ?? null,
    d.screen.getAllDisplays().map((display) => display.workArea),
    d.screen.getPrimaryDisplay().workArea,
  );
  const win = new d.BrowserWindow(mainWindowOptions({ preload: d.preload, bounds: state.bounds, title: d.title, icon: d.icon }));
  if (state.maximized) win.maximize();
  trackWindowState(win, d.saveState);
  // The page's <title> would replace the file name in the title bar.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
  return win;
}
