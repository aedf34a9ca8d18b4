import type { Handlers } from '../../api/contract';
import { AppError } from '../../api/errors';
import { exportViewToPdf } from '../../export/export-view';
import { suggestedFileName } from '../../export/file-name';
import { PdfJobs } from '../../export/pdf-jobs';
import { assertPrintPage, rendererDir } from '../../export/renderer-dir';
import { report } from '../services/report';
import type { Ctx } from './context';

export const exportHandlers = (ctx: Ctx): Handlers['export'] => {
  const jobs = new PdfJobs();
  return {
    report: (a) => report(ctx.db, a.filter, a.limit),
    pdfStart: (a) => {
      const dir = rendererDir();
      assertPrintPage(dir);
      const job = jobs.start(async (onStep) => {
        // A second handler set over the same database serves the print page (imported late: index imports this file).
        const { createHandlers } = await import('./index');
        const { pdf, summary } = await exportViewToPdf({ handlers: createHandlers(ctx), staticDir: dir, view: a.view, onStep });
        return { pdf, summary: { pages: summary.pages, records: summary.records, fileName: suggestedFileName(a.view) } };
      });
      return { job };
    },
    pdfStatus: (a) => {
      const status = jobs.status(a.job);
      if (!status) throw new AppError('not-found', `no such export: ${a.job}`, 'job');
      return status;
    },
  };
};
