export type Mode = 'quick' | 'full';

/** Sizes and repetitions per mode: quick checks a change in under two minutes; full runs the sizes the README's benchmark table reports. */
export interface ModeConfig {
  /** Synthetic article sources searched. */
  searchSources: number[];
  /** Demo records for the filtered listing and timeline query. */
  queryRecords: number[];
  /** Demo records rendered in Chromium; vis-timeline renders the same items where listed in visRecords. */
  renderRecords: number[];
  visRecords: number[];
  importFiles: number;
  pdfRecords: number;
  /** Records behind the start-up and memory figures. */
  startRecords: number;
  /** Demo records (with their sources) exported as a bundle and merged into an empty database. */
  bundleRecords: number;
  runs: {
    search: number;
    searchPeer: number;
    query: number;
    queryPeer: number;
    import: number;
    importUi: number;
    firstPaint: number;
    pdf: number;
    start: number;
    bundle: number;
    importMemory: number;
  };
}

export const MODES: Record<Mode, ModeConfig> = {
  quick: {
    searchSources: [2000],
    queryRecords: [2000],
    renderRecords: [2000],
    visRecords: [2000],
    importFiles: 300,
    pdfRecords: 1000,
    startRecords: 2000,
    bundleRecords: 2000,
    runs: { search: 10, searchPeer: 3, query: 30, queryPeer: 10, import: 1, importUi: 1, firstPaint: 3, pdf: 1, start: 3, bundle: 1, importMemory: 1 },
  },
  full: {
    searchSources: [20000, 100000],
    queryRecords: [10000, 100000],
    renderRecords: [10000, 20000, 100000],
    visRecords: [10000, 20000],
    importFiles: 1000,
    pdfRecords: 1000,
    startRecords: 100000,
    bundleRecords: 10000,
    runs: { search: 40, searchPeer: 7, query: 60, queryPeer: 20, import: 3, importUi: 2, firstPaint: 7, pdf: 3, start: 5, bundle: 3, importMemory: 2 },
  },
};
