import type { Api } from '../../api/contract';
import type { DataFormat, PrintView, ExportPhase, TableColumn } from '../../api/contract/export';
import type { RecordSort } from '../../api/contract/records';
import type { z } from 'zod';
import type { RecordFilter } from '../../api/contract/filters';
import type { Notice, ShellApi } from '../../electron/shared/bridge';

/** A file chosen by the user, named by its path relative to what was chosen (folder/sub/a.txt). */
export interface NamedFile {
  name: string;
  file: File;
}

/** Files read in the page (sent to imports.files), or paths on this machine the host reads itself (imports.paths). */
export type Picked = { kind: 'files'; files: NamedFile[] } | { kind: 'paths'; paths: string[] };

export type { DataFormat } from '../../api/contract/export';
type RecordSortValue = z.infer<typeof RecordSort>;

export interface PdfProgress {
  phase: ExportPhase;
  /** 0…1 */
  progress: number;
}

/**
 * Everything the renderer needs from its host, chosen once at start: the
 * Electron bridge or the local server of browser mode. No other renderer
 * module knows which one it runs in.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  /** The API contract, over IPC or HTTP. */
  api: Api;
  files: {
    /** Asks for files or a folder; null when the user cancels. `accept` lists extensions for the file chooser. */
    pick(o: { mode: 'files' | 'folder'; accept: readonly string[] }): Promise<Picked | null>;
    /**
     * Asks for one file and reads it in the page: its name and bytes (base64), for a call that takes a file's content
     * (a bundle to preview). The page's own chooser in both hosts, so both send the same call. Null when cancelled.
     */
    readOne(o: { accept: readonly string[] }): Promise<{ name: string; base64: string } | null>;
    /**
     * Files chosen in the page's own file chooser, read in the page: the same in Electron and a browser, for files whose
     * bytes go to the contract (a reference manager's export). Null when the user cancels.
     */
    chooseInPage(o: { accept: readonly string[] }): Promise<NamedFile[] | null>;
    /**
     * Writes the filtered records as a data file where the user says (a save dialog, or the browser's download); tables
     * (csv, xlsx) in the screen's order and columns, Markdown in `lang`. Null when cancelled.
     */
    saveRecords(o: {
      format: DataFormat;
      filter: RecordFilter;
      sort?: RecordSortValue;
      columns?: TableColumn[];
      lang?: 'zh' | 'en';
    }): Promise<{ file: string; records: number } | null>;
  };
  pdf: {
    /** Prints a view to PDF and saves it (dialog or download); null when the user cancels the save. Stops polling when `signal` aborts. */
    export(view: PrintView, onProgress: (p: PdfProgress) => void, signal?: AbortSignal): Promise<{ pages: number } | null>;
  };
  notices: {
    /** Host events that change data behind the screens' back (a menu import); returns an unsubscribe function. */
    subscribe(listener: (notice: Notice) => void): () => void;
  };
  /** Desktop-only actions (database files, native dialogs); null in browser mode. */
  shell: ShellApi | null;
}
