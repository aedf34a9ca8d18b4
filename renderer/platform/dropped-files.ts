import type { NamedFile } from './types';

// FileSystemEntry types from the File and Directory Entries API (the DOM lib
// has them, but not the callback-to-promise glue).
const fileOf = (e: FileSystemFileEntry) => new Promise<File>((resolve, reject) => e.file(resolve, reject));

/** readEntries hands out a directory in chunks (100 at a time in Chromium) until it returns none. */
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!chunk.length) return all;
    all.push(...chunk);
  }
}

async function walk(entry: FileSystemEntry, out: NamedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    out.push({ name: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

/** True when a drag carries files (not text or a link dragged within the page). */
export const dragHasFiles = (dt: DataTransfer | null) => !!dt && Array.from(dt.types).includes('Files');

/**
 * The files of a drop: loose files as they are, and every file inside a
 * dropped folder (walked recursively) named by its path. The entries must be
 * taken synchronously inside the drop event (the DataTransfer is emptied once
 * it returns); the walk itself is asynchronous. Both shells read drops this
 * way: Electron's renderer gets the same File and Directory Entries API.
 */
export function readDrop(dt: DataTransfer): Promise<{ loose: NamedFile[]; inFolders: NamedFile[] }> {
  const loose: NamedFile[] = [];
  const folders: FileSystemEntry[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    if (entry?.isDirectory) folders.push(entry);
    else {
      // No entry for files made by script (and some platforms): the File itself is enough.
      const file = item.getAsFile();
      if (file) loose.push({ name: file.name, file });
    }
  }
  return (async () => {
    const inFolders: NamedFile[] = [];
    for (const f of folders) await walk(f, inFolders);
    return { loose, inFolders };
  })();
}
