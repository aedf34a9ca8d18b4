import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowBounds } from './window-state';

/** Electron's security checklist for a renderer, in one place so a test can read it. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    // A file dropped outside the app's drop zones must not replace the app with the file.
    navigateOnDragDrop: false,
    // Chromium would download dictionaries from the network.
    spellcheck: false,
    safeDialogs: true,
  };
}

export interface MainWindowOptions {
  preload: string;
  bounds: WindowBounds;
  title: string;
  icon?: string;
}

export function mainWindowOptions(o: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    x: o.bounds.x,
    y: o.bounds.y,
    width: o.bounds.width,
    height: o.bounds.height,
    minWidth: 900,
    minHeight: 600,
    title: o.title,
    icon: o.icon,
    // Shown on ready-to-show: no white flash before the app paints.
    show: false,
    webPreferences: secureWebPreferences(o.preload),
  };
}

/** Hidden, same preload and rules: the print page talks to the back end like the app does. */
export function printWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return { show: false, width: 1200, height: 850, webPreferences: secureWebPreferences(preload) };
}

export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;
