import type { WebContents } from 'electron';

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface GuardOptions {
  /**
   * Asked when a page's beforeunload wants to stay (the record editor has
   * unsaved changes) while the window closes, reloads or switches database:
   * Electron has no dialog of its own for it. True means leave anyway.
   */
  confirmLeave(): boolean;
}

/**
 * Rules for every web contents the app creates: the page never navigates
 * itself anywhere (the app routes by hash, which is not a navigation), opens
 * no windows, attaches no webviews. Links to the web go through the preload's
 * click handler to the system browser instead.
 */
export function guardWebContents(wc: GuardedContents, opts: GuardOptions): void {
  wc.on('will-navigate', (event) => event.preventDefault());
  wc.on('will-frame-navigate', (event) => event.preventDefault());
  wc.on('will-redirect', (event) => event.preventDefault());
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.on('will-prevent-unload', (event) => {
    if (opts.confirmLeave()) event.preventDefault();
  });
}
