import { printViewInElectron, type PrintableWebContents } from '../../export/electron';
import type { PdfPrinter } from '../../export/printer';

export interface PrintWindow {
  webContents: PrintableWebContents;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PrinterOptions {
  /** A hidden window with the app's preload and the same guards as the main window. */
  createWindow(): PrintWindow;
  /** The renderer's base URL (chainline://app/): the print page is print.html under it. */
  baseUrl: string;
  /** A safety net for a print page that never settles, not a wait for anything. */
  timeoutMs?: number;
}

export type PrintPdf = PdfPrinter;

/**
 * Prints views with Electron's own Chromium through the print page (see
 * export/electron.ts). One at a time: each print holds a whole rendered
 * report in memory, and the menu and the renderer may both ask.
 */
export function pdfPrinter(o: PrinterOptions): PrintPdf {
  let queue: Promise<unknown> = Promise.resolve();
  const timeoutMs = o.timeoutMs ?? 10 * 60_000;
  const printOne: PrintPdf = async (view, onStep) => {
    onStep?.('starting');
    const win = o.createWindow();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      onStep?.('loading');
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the print page did not finish within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
      });
      return await Promise.race([printViewInElectron(win.webContents, o.baseUrl, view), timeout]);
    } finally {
      clearTimeout(timer);
      if (!win.isDestroyed()) win.destroy();
    }
  };
  return (view, onStep) => {
    const run = queue.then(() => printOne(view, onStep));
    queue = run.catch(() => {});
    return run;
  };
}
