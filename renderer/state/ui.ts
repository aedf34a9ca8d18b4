import { create } from 'zustand';

/** Transient UI: which overlays are open. Not persisted. */
interface UiState {
  palette: boolean;
  help: boolean;
  setPalette(open: boolean): void;
  setHelp(open: boolean): void;
}

export const useUi = create<UiState>((set) => ({
  palette: false,
  help: false,
  setPalette: (palette) => set({ palette, help: false }),
  setHelp: (help) => set({ help, palette: false }),
}));
