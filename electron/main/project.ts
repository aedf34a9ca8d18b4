import type { Handlers } from '../../api/contract';
import { createHandlers } from '../../db/handlers';
import { openDatabase, type Db } from '../../db/open';

/** One open research project: its database file and the back end over it. */
export interface Project {
  file: string;
  handlers: Handlers;
  close(): void;
}

export interface ProjectOptions {
  version: string;
  migrationsDir?: string;
  /** Lets the shell replace calls that need Electron (PDF export prints through a hidden window). */
  decorate?: (handlers: Handlers) => Handlers;
}

export function openProject(file: string, o: ProjectOptions): Project {
  const { db } = openDatabase(file, { migrationsDir: o.migrationsDir });
  const base = createHandlers({ db, dbPath: file, version: o.version });
  return { file, handlers: o.decorate ? o.decorate(base) : base, close: () => closeDb(db) };
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
