import { create } from 'zustand';

export type ReportFilter = 'all' | 'failed' | 'duplicate';

/** Whether the import dialog and the drop overlay show, and how the report is filtered. */
interface ImportUiState {
  open: boolean;
  dragging: boolean;
  filter: ReportFilter;
  setOpen(open: boolean): void;
  setDragging(dragging: boolean): void;
  setFilter(filter: ReportFilter): void;
}

export const useImportUi = create<ImportUiState>((set) => ({
  open: false,
  dragging: false,
  filter: 'all',
  setOpen: (open) => set({ open }),
  setDragging: (dragging) => set({ dragging }),
  setFilter: (filter) => set({ filter }),
}));
