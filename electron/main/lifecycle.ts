import type { App, BrowserWindow } from 'electron';

export type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** Brings the window to the front, out of the dock or taskbar if need be. */
export function focusWindow(win: FocusableWindow | null): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * One Chainline at a time: two processes would each hold the same database
 * and settings file, and a second launch (a desktop icon clicked twice)
 * should just bring the open window forward. False means: this process quits.
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>, focus: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focus());
  return true;
}

/** The usual platform manners: macOS apps stay running without windows and reopen one from the dock. */
export function followPlatformConventions(
  app: Pick<App, 'on' | 'quit'>,
  o: { platform: NodeJS.Platform; windowCount(): number; createWindow(): void; beforeQuit(): void },
): void {
  app.on('window-all-closed', () => {
    if (o.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (o.windowCount() === 0) o.createWindow();
  });
  app.on('will-quit', () => o.beforeQuit());
}
