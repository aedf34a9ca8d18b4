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

async function importOne(file: NamedFile, validOnly: boolean): Promise<CitationImportResult> {
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
