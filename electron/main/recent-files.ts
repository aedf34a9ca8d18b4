import path from 'node:path';

export const MAX_RECENT = 10;

/** Windows and macOS file systems ignore case by default: C:\a.db and c:\A.db are one file there. */
export function fileKey(file: string, platform: NodeJS.Platform = process.platform): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const resolved = p.resolve(file);
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

/** The list with `file` first, without another entry for the same file, at most `max` long. */
export function addRecent(list: readonly string[], file: string, opts: { max?: number; platform?: NodeJS.Platform } = {}): string[] {
  const key = fileKey(file, opts.platform);
  return [file, ...list.filter((f) => fileKey(f, opts.platform) !== key)].slice(0, opts.max ?? MAX_RECENT);
}

export function removeRecent(list: readonly string[], file: string, platform?: NodeJS.Platform): string[] {
  const key = fileKey(file, platform);
  return list.filter((f) => fileKey(f, platform) !== key);
}

/** Whether `file` is in the list: the renderer may only reopen files the main process put there. */
export function inRecent(list: readonly string[], file: string, platform?: NodeJS.Platform): boolean {
  const key = fileKey(file, platform);
  return list.some((f) => fileKey(f, platform) === key);
}
