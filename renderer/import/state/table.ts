import { create } from 'zustand';
import type { TableApplied, TableField, TableMapping, TablePreview } from '../../../api/contract/exchange';
import { api } from '../../platform';
import { dataChanged } from '../../state/app';
import { errorMessage } from '../../state/toasts';

// A table of records (CSV, xlsx) in the import dialog: read and checked with
// the mapping proposed or remembered, re-checked as the researcher maps its
// columns, imported on their word. Nothing is written before Import.

export type TablePhase = 'idle' | 'reading' | 'preview' | 'applying' | 'done' | 'failed';

interface TableState {
  phase: TablePhase;
  file: { name: string; base64: string } | null;
  preview: TablePreview | null;
  applied: TableApplied | null;
  /** The mapping the researcher chose, once they change one (until then the server's proposal or remembered one). */
  mapping: TableMapping | null;
  validOnly: boolean;
  error: string | null;
  open(file: { name: string; base64: string }): Promise<void>;
  /** A table already previewed (chosen through the bundle chooser). */
  show(file: { name: string; base64: string }, preview: TablePreview): void;
  setField(header: string, field: TableField | null): Promise<void>;
  setValidOnly(on: boolean): void;
  apply(): Promise<void>;
  reset(): void;
}

const IDLE = { phase: 'idle' as const, file: null, preview: null, applied: null, mapping: null, validOnly: false, error: null };

export const useTable = create<TableState>((set, get) => {
  const check = async (file: { name: string; base64: string }, mapping: TableMapping | null) => {
    const preview = await api.exchange.preview({ fileName: file.name, contentBase64: file.base64, ...(mapping ? { mapping } : {}) });
    if (preview.format === 'bundle') throw new Error(`${file.name}: a bundle, not a table`);
    return preview;
  };
  return {
    ...IDLE,
    open: async (file) => {
      set({ ...IDLE, phase: 'reading', file });
      try {
        set({ phase: 'preview', preview: await check(file, null) });
      } catch (err) {
        set({ phase: 'failed', error: errorMessage(err) });
      }
    },
    show: (file, preview) => set({ ...IDLE, phase: 'preview', file, preview }),
    setField: async (header, field) => {
      const { file, preview } = get();
      if (!file || !preview) return;
      const mapping = { ...(get().mapping ?? preview.plan.mapping), [header]: field };
      set({ mapping });
      try {
        const next = await check(file, mapping);
        // A later change may have been checked first: keep the answer to the mapping now chosen.
        if (get().mapping === mapping) set({ preview: next });
      } catch (err) {
        set({ phase: 'failed', error: errorMessage(err) });
      }
    },
    setValidOnly: (validOnly) => set({ validOnly }),
    apply: async () => {
      const { file, mapping, validOnly } = get();
      if (!file) return;
      set({ phase: 'applying' });
      try {
        const applied = await api.exchange.apply({ fileName: file.name, contentBase64: file.base64, validOnly, ...(mapping ? { mapping } : {}) });
        if (applied.format === 'bundle') throw new Error(`${file.name}: a bundle, not a table`);
        set({ phase: 'done', applied, file: null });
        dataChanged();
      } catch (err) {
        set({ phase: 'failed', error: errorMessage(err) });
      }
    },
    reset: () => set(IDLE),
  };
});

/** Files a table of records can come in. */
export const TABLE_ACCEPT = ['.csv', '.tsv', '.xlsx'];

/** Whether a file name is a table's (dropped files go to the mapping step, not the article importer). */
export const isTableName = (name: string) => /\.(csv|tsv|xlsx)$/i.test(name);
