import type { Handlers } from '../../api/contract';
import { PrintView } from '../../api/contract/export';
import { AppError } from '../../api/errors';
import { suggestedFileName } from '../../export/file-name';
import { PdfJobs } from '../../export/pdf-jobs';
import type { PrintPdf } from './print-pdf';

/**
 * The contract's PDF jobs, printed by Electron instead of a headless Chromium
 * (which a user's machine does not have): same calls, same progress polling,
 * so a renderer that uses export.pdfStart works in both shells.
 */
export function withElectronPdf(handlers: Handlers, print: PrintPdf): Handlers {
  const jobs = new PdfJobs();
  return {
    ...handlers,
    export: {
      ...handlers.export,
      pdfStart: (a) => {
        const view = PrintView.parse(a.view);
        const job = jobs.start(async (onStep) => {
          const { pdf, summary } = await print(view, onStep);
          return { pdf: Buffer.from(pdf), summary: { pages: summary.pages, records: summary.records, fileName: suggestedFileName(view) } };
        });
        return { job };
      },
      pdfStatus: (a) => {
        const status = jobs.status(a.job);
        if (!status) throw new AppError('not-found', `no such export: ${a.job}`, 'job');
        return status;
      },
    },
  };
}
