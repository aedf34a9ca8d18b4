import path from 'node:path';
import type { Reply } from '../../api/dispatch';
import { fileKey } from './recent-files';

/**
 * Files and folders the user chose in a native dialog this session. The
 * contract's imports.paths reads whatever paths it is given, so over IPC it is
 * limited to these: a page that misbehaves cannot have the back end read
 * arbitrary files off the disk into the database.
 */
export class GrantedPaths {
  private roots = new Set<string>();
  constructor(private platform: NodeJS.Platform = process.platform) {}

  grant(paths: readonly string[]): void {
    for (const p of paths) this.roots.add(fileKey(p, this.platform));
  }

  /** The path itself was chosen, or lies inside a chosen folder. */
  allows(file: string): boolean {
    const p = this.platform === 'win32' ? path.win32 : path.posix;
    for (let dir = fileKey(file, this.platform); ; dir = p.dirname(dir)) {
      if (this.roots.has(dir)) return true;
      if (p.dirname(dir) === dir) return false;
    }
  }
}

/** For wireContract: refuses imports.paths naming anything the user did not choose. */
export function importPathsGuard(granted: GrantedPaths): (channel: string, args: unknown) => Reply | null {
  return (channel, args) => {
    if (channel !== 'imports.paths') return null;
    const paths = (args as { paths?: unknown } | null)?.paths;
    if (!Array.isArray(paths)) return null; // dispatch reports the bad argument
    const i = paths.findIndex((p) => typeof p === 'string' && !granted.allows(p));
    return i < 0 ? null : { ok: false, error: { code: 'forbidden', message: `paths.${i}: not chosen in a file dialog`, field: `paths.${i}` } };
  };
}
