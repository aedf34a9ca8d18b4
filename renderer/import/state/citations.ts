import { create } from 'zustand';
import type { CitationImportResult } from '../../../api/contract/sources';
import { api } from '../../platform';
import { dataChanged } from '../../state/app';
import type { NamedFile } from '../lib/importable';
import { readAsBase64 } from '../lib/read-file';

/** One reference manager's file and what importing it did (kept with the file, so only its valid entries can be asked for). */
export interface CitationRun {
  file: NamedFile;
  result: CitationImportResult;
  validOnly: boolean;
}

interface CitationsState {
  runs: CitationRun[];
  busy: boolean;
  /** Imports each file whole (a file with broken entries is refused, naming them). */
  importFiles(files: NamedFile[]): Promise<void>;
  /** Imports the valid entries of a refused file. */
  importValid(index: number): Promise<void>;
  reset(): void;
}

// The importer's limit for a text file: a larger one is not read into the page at all.
const MAX_BYTES = 50 * 1024 * 1024;

async function importOne(file: NamedFile, validOnly: boolean): Promise<CitationImportResult> {
  if (file.file.size > MAX_BYTES) {
    const params = { mb: (file.file.size / 1024 / 1024).toFixed(1), limit: '50.0' };
    const message = `too-large: the file is ${params.mb} MB; the limit for text files is ${params.limit} MB`;
    const error = { entry: 'file', code: 'too-large', params, message };
    return { file: file.name, format: null, entries: 0, added: [], duplicates: [], errors: [error], warnings: [], written: false, refused: true };
  }
  return api.sources.importCitations({ fileName: file.name, contentBase64: await readAsBase64(file.file), validOnly });
}

export const useCitationImport = create<CitationsState>((set, get) => ({
  runs: [],
  busy: false,
  importFiles: async (files) => {
    set({ busy: true, runs: [] });
    try {
      const runs: CitationRun[] = [];
      for (const file of files) {
        runs.push({ file, result: await importOne(file, false), validOnly: false });
        set({ runs: [...runs] });
      }
      if (runs.some((r) => r.result.written)) dataChanged();
    } finally {
      set({ busy: false });
    }
  },
  importValid: async (index) => {
    const run = get().runs[index];
    if (!run) return;
    set({ busy: true });
    try {
      const result = await importOne(run.file, true);
      set({ runs: get().runs.map((r, i) => (i === index ? { ...r, result, validOnly: true } : r)) });
      if (result.written) dataChanged();
    } finally {
      set({ busy: false });
    }
  },
  reset: () => set({ runs: [], busy: false }),
}));
