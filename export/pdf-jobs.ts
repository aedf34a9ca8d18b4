import { randomUUID } from 'node:crypto';
import type { ExportPhase, PdfJobStatus, PdfSummary } from '../api/contract/export';
import type { ExportStep } from './printer';

// Browser mode asks the server for a PDF and polls for it: one HTTP call
// cannot report progress, and a long export must not hold a request open.

const WEIGHT: Record<ExportPhase, number> = { queued: 0, starting: 0.05, loading: 0.15, layout: 0.4, printing: 0.7, done: 1, failed: 1 };
/** Finished jobs are kept this long for their poller, then dropped with their bytes. */
const KEEP_MS = 10 * 60_000;

interface Job {
  status: PdfJobStatus;
  finishedAt: number | null;
}

export type PdfRunner = (onStep: (step: ExportStep) => void) => Promise<{ pdf: Buffer; summary: Omit<PdfSummary, 'bytes'> }>;

export class PdfJobs {
  private jobs = new Map<string, Job>();

  start(run: PdfRunner): string {
    this.sweep();
    const id = randomUUID();
    const job: Job = { status: { phase: 'queued', progress: 0, error: null, result: null }, finishedAt: null };
    this.jobs.set(id, job);
    const step = (phase: ExportPhase) => (job.status = { ...job.status, phase, progress: WEIGHT[phase] });
    run(step).then(
      ({ pdf, summary }) => {
        job.status = { phase: 'done', progress: 1, error: null, result: { ...summary, bytes: pdf.length, pdfBase64: pdf.toString('base64') } };
        job.finishedAt = Date.now();
      },
      (err: Error) => {
        job.status = { phase: 'failed', progress: 1, error: err.message, result: null };
        job.finishedAt = Date.now();
      },
    );
    return id;
  }

  /** The job's status; a finished job is handed over once and forgotten. */
  status(id: string): PdfJobStatus | undefined {
    const job = this.jobs.get(id);
    if (job?.finishedAt) this.jobs.delete(id);
    return job?.status;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, j] of this.jobs) if (j.finishedAt && now - j.finishedAt > KEEP_MS) this.jobs.delete(id);
  }
}
