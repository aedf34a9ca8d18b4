import type { Handlers } from '../../api/contract';
import type { Db } from '../../db/open';
import type { PdfPrinter } from '../../export/printer';
import { openBackend } from '../../host/compose';

/** One open research project: its database file and the back end over it. */
export interface Project {
  file: string;
  handlers: Handlers;
  close(): void;
}

export interface ProjectOptions {
  version: string;
  migrationsDir?: string;
  /** PDF export prints through a hidden window (print-pdf.ts): a user's machine has no headless Chromium. */
  printer?: PdfPrinter;
}

export function openProject(file: string, o: ProjectOptions): Project {
  const backend = openBackend(file, o);
  return { file, handlers: backend.handlers, close: () => closeDb(backend.db) };
}

function closeDb(db: Db): void {
  if (!db.open) return;
  // Fold the WAL back so the project is one self-contained file to copy or send.
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Another process (the CLI) may hold the file; closing is what matters.
  }
  db.close();
}

/** The project in use. IPC reads handlers() on every call, so a switch takes effect for the next call. */
export class CurrentProject {
  private project: Project;
  constructor(first: Project) {
    this.project = first;
  }
  get file(): string {
    return this.project.file;
  }
  handlers(): Handlers {
    return this.project.handlers;
  }
  /** Puts `next` in place and closes the previous one. */
  replace(next: Project): void {
    const previous = this.project;
    this.project = next;
    previous.close();
  }
  close(): void {
    this.project.close();
  }
}
