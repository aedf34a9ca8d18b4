import type { PrintView } from '../api/contract/export';
import type { PrintSummary } from '../api/print/protocol';

/** What a printer reports while it works; PDF jobs turn these into progress. */
export type ExportStep = 'starting' | 'loading' | 'layout' | 'printing';

/**
 * Prints one view to PDF. The host supplies it: headless Chromium over a
 * private server for the CLI and browser mode (host/), Electron's printToPDF
 * in the desktop app (electron/main/print-pdf.ts), so export/ never needs to
 * know how a page is served or which browser prints it.
 */
export interface PdfPrinter {
  (view: PrintView, onStep?: (step: ExportStep) => void): Promise<{ pdf: Uint8Array; summary: PrintSummary }>;
  /** Throws at once when printing cannot work here (no built print page), so pdfStart refuses instead of queueing a job that fails. */
  preflight?(): void;
}
