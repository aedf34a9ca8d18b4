import type { NamedFile } from '../../platform/types';

export type { NamedFile };

// The same list the back end walks folders with (db/services/import.ts), so a
// folder imports the same files from the browser as from the CLI.
export const IMPORTABLE = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx', '.pdf'];

const extOf = (name: string) => {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

/**
 * Files found inside a folder are imported only when they look like articles
 * and are not hidden (.DS_Store, .git/…); files the user picked one by one are
 * always sent, so a wrong one is reported rather than silently left out.
 */
export function keepFromFolder(path: string): boolean {
  if (path.split('/').some((part) => part.startsWith('.'))) return false;
  return IMPORTABLE.includes(extOf(path));
}

/** What a folder input or a dropped folder gives: keep the importable files, in a stable order. */
export function fromFolder(files: NamedFile[]): NamedFile[] {
  return files.filter((f) => keepFromFolder(f.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
