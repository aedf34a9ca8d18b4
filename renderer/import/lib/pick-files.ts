import { platform, type Picked } from '../../platform';
import { fromFolder, IMPORTABLE } from './importable';

export type { Picked };

/**
 * Asks the user for article files or a folder; null when they cancel. Files
 * picked one by one are all sent (a wrong one is reported); of a folder only
 * the importable files are kept. The desktop app's native dialogs return paths
 * instead, which the main process reads itself.
 */
export async function pickFiles(mode: 'files' | 'folder'): Promise<Picked | null> {
  const picked = await platform.files.pick({ mode, accept: IMPORTABLE });
  if (picked?.kind === 'files' && mode === 'folder') return { kind: 'files', files: fromFolder(picked.files) };
  return picked;
}
