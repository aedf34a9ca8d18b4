import type { Reply } from '../../api/errors';
import type { PrintView } from '../../api/contract/export';
import type { Notice } from './channels';
import type { ShellApi, ShellResults } from './shell-contract';

export type { Notice, ShellApi };

/**
 * window.chainline in the Electron app, as the preload builds it and the
 * renderer's platform door uses it. Types only: both sides import this file,
 * neither imports the other.
 */
export interface Bridge {
  platform: 'electron';
  /**
   * The API contract, exactly as in browser mode (renderer/platform turns it into `api`); a
   * channel "shell.<action>" runs a shell action. Replies are data, errors included.
   */
  invoke(channel: string, args: unknown): Promise<Reply>;
  /** Prints the view with the app's own Chromium and asks where to save it (shell.exportPdf, kept as a shortcut). */
  exportPdf(view: PrintView): Promise<ShellResults['exportPdf']>;
  /** Shell actions: database files, import and export dialogs, menu language. They throw on failure, and an error thrown across contextBridge keeps its message only: the page uses invoke('shell.…'). */
  shell: ShellApi;
  /** Notices from the main process (a menu import finished); returns an unsubscribe function. */
  onNotice(listener: (notice: Notice) => void): () => void;
}
