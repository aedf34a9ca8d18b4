import type { Handlers } from '../api/contract';
import { PrintView, type PrintView as PrintViewInput } from '../api/contract/export';
import { startServer } from '../server/http';
import { printUrlToPdf, type ChromiumOptions } from './chromium';
import type { PrintSummary } from './print-protocol';
import { printPageUrl } from './view-url';

/**
 * Renders a view to PDF outside Electron (CLI and browser mode): serves the
 * renderer and the API on a private 127.0.0.1 port with its own token, so the
 * print page loads its data through the normal API exactly as in the app,
 * and prints it with headless Chromium.
 */
export async function exportViewToPdf(o: {
  handlers: Handlers;
  staticDir: string;
  view: PrintViewInput;
  onStep?: ChromiumOptions['onStep'];
}): Promise<{ pdf: Buffer; summary: PrintSummary }> {
  const view = PrintView.parse(o.view);
  const server = await startServer({ handlers: o.handlers, staticDir: o.staticDir, port: 0 });
  try {
    return await printUrlToPdf(printPageUrl(server.url, view, server.token), { paper: view.paper, onStep: o.onStep });
  } finally {
    await server.close();
  }
}
