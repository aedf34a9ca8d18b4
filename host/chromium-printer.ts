import type { Handlers } from '../api/contract';
import { PrintView } from '../api/contract/export';
import { printUrlToPdf } from '../export/chromium';
import type { PdfPrinter } from '../export/printer';
import { assertPrintPage, rendererDir } from '../export/renderer-dir';
import { printPageUrl } from '../api/print/view-url';
import { startServer } from '../server/http';

/**
 * Prints views outside Electron (CLI and browser mode): serves the renderer
 * and the API on a private 127.0.0.1 port with its own token, so the print
 * page loads its data through the normal API exactly as in the app, and
 * prints it with headless Chromium.
 */
export function chromiumPrinter(o: {
  /** Read when a print starts: the handlers are usually composed after the printer. */
  handlers: () => Handlers;
  /** The built renderer with print.html; found beside the sources by default. */
  staticDir?: string;
}): PdfPrinter {
  const dir = () => o.staticDir ?? rendererDir();
  const print: PdfPrinter = async (input, onStep) => {
    const view = PrintView.parse(input);
    const server = await startServer({ handlers: o.handlers(), staticDir: dir(), port: 0 });
    try {
      return await printUrlToPdf(printPageUrl(server.url, view, server.token), { paper: view.paper, onStep });
    } finally {
      await server.close();
    }
  };
  print.preflight = () => assertPrintPage(dir());
  return print;
}
