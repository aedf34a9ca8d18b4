import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Lang } from '../shared/shell-contract';
import { MAX_RECENT } from './recent-files';
import { WindowState } from './window-state';
import { writeFileAtomic } from './write-file';

/** What the shell remembers between runs, in userData/shell-settings.json (the database holds the research). */
export const Settings = z.object({
  recent: z.array(z.string().min(1)).catch([]).transform((list) => list.slice(0, MAX_RECENT)),
  lastDatabase: z.string().min(1).optional().catch(undefined),
  lang: Lang.optional().catch(undefined),
  window: WindowState.optional().catch(undefined),
});
export type Settings = z.infer<typeof Settings>;

const EMPTY: Settings = { recent: [] };

/** The saved settings; a missing, unreadable or hand-mangled file gives defaults rather than a dead app. */
export function readSettings(file: string): Settings {
  try {
    const parsed = Settings.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : { ...EMPTY };
  } catch {
    return { ...EMPTY };
  }
}

export interface SettingsStore {
  get(): Settings;
  update(patch: Partial<Settings>): Settings;
}

export function settingsStore(file: string, onError: (err: Error) => void = () => {}): SettingsStore {
  let current = readSettings(file);
  return {
    get: () => current,
    update(patch) {
      current = { ...current, ...patch };
      try {
        writeFileAtomic(file, `${JSON.stringify(current, null, 2)}\n`);
      } catch (err) {
        // Losing the window position is not worth interrupting the user for.
        onError(err as Error);
      }
      return current;
    },
  };
}
