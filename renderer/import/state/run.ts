import { create } from 'zustand';
import type { ImportResult } from '../../../api/contract/imports';
import { api } from '../../platform';
import { dataChanged } from '../../state/app';
import { errorMessage } from '../../state/toasts';
import { tIn } from '../../i18n/t';
import { BATCH, MAX_FILE_BYTES, batchFull } from '../lib/batches';
import type { NamedFile } from '../lib/importable';
import { readAsBase64 } from '../lib/read-file';

// The back end sees a large import only in batches, so the backup before it is asked for here;
// when none can be taken the import does not start (the error is shown like any other).
const LARGE_IMPORT = 100;
async function backupBeforeLarge(files: number): Promise<void> {
  if (files > LARGE_IMPORT) await api.backups.create({ reason: 'before-import' });
}

export type RunPhase = 'idle' | 'running' | 'cancelling' | 'done';
export type ReportRow = Pick<ImportResult, 'file' | 'status' | 'error' | 'sourceId' | 'duplicateOf' | 'title'>;
type Counts = { imported: number; duplicate: number; failed: number };

interface RunState {
  phase: RunPhase;
  total: number;
  done: number;
  counts: Counts;
  rows: ReportRow[];
  /** Stopped by the user before every file was sent. */
  cancelled: boolean;
  startedAt: number;
  seconds: number;
  /** Imports files read in the page, in batches; resolves when finished or cancelled. */
  importFiles(files: NamedFile[]): Promise<void>;
  /** Imports files and folders on this machine (Electron's native dialogs), a few paths per call. */
  importPaths(paths: string[]): Promise<void>;
  /** Asks to stop: the batch on its way finishes, nothing after it is sent. */
  cancel(): void;
  reset(): void;
}

const ZERO: Counts = { imported: 0, duplicate: 0, failed: 0 };
const failed = (file: string, error: string): ReportRow => ({ file, status: 'failed', error, sourceId: null, duplicateOf: null, title: null });
// The report keeps only what it shows: suggestions of 1,000 articles would be megabytes held for nothing.
const row = (r: ImportResult): ReportRow => ({ file: r.file, status: r.status, error: r.error, sourceId: r.sourceId, duplicateOf: r.duplicateOf, title: r.title });

interface Encoded {
  /** One slot per file of the batch, in order: a row when it failed in the page, else its index in `payload`. */
  slots: (ReportRow | number)[];
  payload: { name: string; data: string }[];
  /** Where the next batch starts in the run's file list. */
  next: number;
}

/**
 * Reads the batch starting at files[from], one file at a time (awaiting
 * each), until it is full: the page stays responsive however many files.
 */
async function encode(files: NamedFile[], from: number, stop: () => boolean): Promise<Encoded> {
  const out: Encoded = { slots: [], payload: [], next: from };
  let bytes = 0;
  for (; out.next < files.length && !stop(); out.next++) {
    const { name, file } = files[out.next];
    const size = file.size;
    if (batchFull(out.slots.length, bytes, size)) break;
    if (size > MAX_FILE_BYTES) {
      out.slots.push(failed(name, tIn('import')('tooLarge', { mb: (size / 2 ** 20).toFixed(1), max: MAX_FILE_BYTES / 2 ** 20 })));
      continue;
    }
    if (size === 0) {
      out.slots.push(failed(name, tIn('import')('empty')));
      continue;
    }
    try {
      out.payload.push({ name, data: await readAsBase64(file) });
      out.slots.push(out.payload.length - 1);
      bytes += size;
    } catch (err) {
      out.slots.push(failed(name, tIn('import')('unreadable', { reason: errorMessage(err) })));
    }
  }
  return out;
}

/** Sends one batch; a batch that fails as a whole fails each of its files, and the run goes on. */
async function send(enc: Encoded): Promise<ReportRow[]> {
  let results: ReportRow[] = [];
  if (enc.payload.length) {
    try {
      results = (await api.imports.files({ files: enc.payload })).results.map(row);
    } catch (err) {
      const reason = tIn('import')('batchFailed', { reason: errorMessage(err) });
      results = enc.payload.map((p) => failed(p.name, reason));
    }
  }
  return enc.slots.map((s) => (typeof s === 'number' ? results[s] : s));
}

const tally = (rows: ReportRow[], into: Counts): Counts => {
  const c = { ...into };
  for (const r of rows) c[r.status]++;
  return c;
};

export const useImportRun = create<RunState>((set, get) => {
  const begin = (total: number) =>
    set({ phase: 'running', total, done: 0, counts: ZERO, rows: [], cancelled: false, startedAt: performance.now(), seconds: 0 });
  const add = (rows: ReportRow[]) => set((s) => ({ rows: [...s.rows, ...rows], done: s.done + rows.length, counts: tally(rows, s.counts) }));
  const stopping = () => get().phase === 'cancelling';
  const finish = (complete: boolean) => {
    const s = get();
    set({ phase: 'done', cancelled: !complete, seconds: (performance.now() - s.startedAt) / 1000 });
    if (s.counts.imported) dataChanged();
  };

  return {
    phase: 'idle',
    total: 0,
    done: 0,
    counts: ZERO,
    rows: [],
    cancelled: false,
    startedAt: 0,
    seconds: 0,
    async importFiles(files) {
      if (get().phase === 'running' || get().phase === 'cancelling') return;
      await backupBeforeLarge(files.length);
      begin(files.length);
      let complete = false;
      try {
        // Read the next batch while the back end stores this one.
        let next: Promise<Encoded> | null = encode(files, 0, stopping);
        while (next) {
          const enc: Encoded = await next;
          if (stopping()) break;
          next = enc.next < files.length ? encode(files, enc.next, stopping) : null;
          add(await send(enc));
          if (!next) complete = true;
          else if (stopping()) break;
        }
      } finally {
        finish(complete);
      }
    },
    async importPaths(paths) {
      if (get().phase === 'running' || get().phase === 'cancelling') return;
      await backupBeforeLarge(paths.length);
      begin(0);
      let i = 0;
      try {
        for (; i < paths.length && !stopping(); i += BATCH.maxFiles) {
          const chunk = paths.slice(i, i + BATCH.maxFiles);
          try {
            const batch = await api.imports.paths({ paths: chunk });
            set((s) => ({ total: s.total + batch.results.length }));
            add(batch.results.map(row));
          } catch (err) {
            set((s) => ({ total: s.total + chunk.length }));
            add(chunk.map((p) => failed(p, tIn('import')('batchFailed', { reason: errorMessage(err) }))));
          }
        }
      } finally {
        finish(i >= paths.length);
      }
    },
    cancel() {
      if (get().phase === 'running') set({ phase: 'cancelling' });
    },
    reset() {
      if (get().phase === 'done') set({ phase: 'idle', total: 0, done: 0, counts: ZERO, rows: [], cancelled: false });
    },
  };
});

export const isRunning = (phase: RunPhase) => phase === 'running' || phase === 'cancelling';
