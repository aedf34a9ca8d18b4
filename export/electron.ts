import type { PrintView } from '../api/contract/export';
import { electronPdfOptions } from './pdf-options';
import { AWAIT_READY_JS, type PrintSummary } from '../api/print/protocol';
import { printPageUrl } from '../api/print/view-url';

/**
 * The part of Electron's WebContents the desktop export needs, typed here so
 * this module does not import electron (the CLI never loads it).
 */
export interface PrintableWebContents {
  loadURL(url: string): Promise<void>;
  executeJavaScript(code: string, userGesture?: boolean): Promise<unknown>;
  printToPDF(options: ReturnType<typeof electronPdfOptions>): Promise<Uint8Array>;
}

/**
 * For the Electron shell: load the print page in a hidden window that has the
 * app's preload (so `api` reaches the back end over IPC), wait until it reports
 * ready (data loaded, laid out, fonts loaded), and print it.
 *
 *   const win = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } });
 *   const { pdf, summary } = await printViewInElectron(win.webContents, pathToFileURL(rendererDir + '/').href, view);
 *   // then ask where to save (dialog.showSaveDialog with suggestedFileName(view)); never overwrite silently.
 */
export async function printViewInElectron(
  wc: PrintableWebContents,
  rendererBaseUrl: string,
  view: PrintView,
): Promise<{ pdf: Uint8Array; summary: PrintSummary }> {
  await wc.loadURL(printPageUrl(rendererBaseUrl, view));
  const summary = (await wc.executeJavaScript(AWAIT_READY_JS)) as PrintSummary;
  const pdf = await wc.printToPDF(electronPdfOptions(view.paper ?? 'A4'));
  return { pdf, summary };
}
