// How the print page tells whoever drives it (Playwright, Electron) that it has
// laid out every page with its fonts loaded: a promise on window, so the driver
// awaits it instead of guessing with timers.

export interface PrintSummary {
  pages: number;
  /** Records in the table (the timeline draws the same records). */
  records: number;
  timelinePages: number;
}

export interface PrintHandle {
  /** Resolves once the document is final and document.fonts is ready; rejects with the reason it cannot render. */
  ready: Promise<PrintSummary>;
  /** What it is doing, for progress reports. */
  phase: 'loading' | 'layout' | 'ready' | 'failed';
}

declare global {
  interface Window {
    __chainlinePrint?: PrintHandle;
    /** Set with the promise's resolution, for drivers that can only poll a flag. */
    __printReady?: boolean;
  }
}

/** Evaluated in the print page by drivers: waits for the handle and returns the summary. */
export const AWAIT_READY_JS = 'window.__chainlinePrint ? window.__chainlinePrint.ready : Promise.reject(new Error("not the print page"))';
