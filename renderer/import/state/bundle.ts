import { create } from 'zustand';
import type { BundleApplied, BundlePreview } from '../../../api/contract/exchange';
import { api } from '../../platform';
import { dataChanged } from '../../state/app';
import { errorMessage } from '../../state/toasts';
import { useTable } from './table';

// A colleague's bundle in the import dialog: read, previewed (nothing written),
// then merged on the researcher's word. The file's content is kept between the
// two calls so the merge is of exactly the file that was previewed.

export type BundlePhase = 'idle' | 'reading' | 'preview' | 'applying' | 'done' | 'failed';

interface BundleState {
  phase: BundlePhase;
  file: { name: string; base64: string } | null;
  preview: BundlePreview | null;
  applied: BundleApplied | null;
  error: string | null;
  open(file: { name: string; base64: string }): Promise<void>;
  apply(): Promise<void>;
  reset(): void;
}

const IDLE = { phase: 'idle' as const, file: null, preview: null, applied: null, error: null };

export const useBundle = create<BundleState>((set, get) => ({
  ...IDLE,
  open: async (file) => {
    set({ ...IDLE, phase: 'reading', file });
    try {
      const preview = await api.exchange.preview({ fileName: file.name, contentBase64: file.base64 });
      if (preview.format !== 'bundle') {
        // A table chosen here goes to its own mapping step.
        set(IDLE);
        useTable.getState().show(file, preview);
        return;
      }
      set({ phase: 'preview', preview });
    } catch (err) {
      set({ phase: 'failed', error: errorMessage(err) });
    }
  },
  apply: async () => {
    const { file } = get();
    if (!file) return;
    set({ phase: 'applying' });
    try {
      const applied = await api.exchange.apply({ fileName: file.name, contentBase64: file.base64 });
      if (applied.format !== 'bundle') throw new Error(`${file.name} is not a bundle`);
      // The file's content is not needed any more: it can be tens of megabytes.
      set({ phase: 'done', applied, file: null });
      dataChanged();
    } catch (err) {
      set({ phase: 'failed', error: errorMessage(err) });
    }
  },
  reset: () => set(IDLE),
}));

/** Files a bundle can come in: the app's own extension, and the JSON or zip a colleague may have renamed it to. */
export const BUNDLE_ACCEPT = ['.chainline', '.json', '.zip'];
