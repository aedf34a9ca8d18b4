import type { DatabaseFileKind } from './database-file';

export interface InitialChoice {
  /** From CHAINLINE_DB (as for the CLI): used as given. */
  envFile?: string;
  /** The file open when the app last quit. */
  lastFile?: string;
  /** userData/chainline.db: the file the CLI uses by default too. */
  defaultFile: string;
  classify(file: string): DatabaseFileKind;
}

/** Which files to try at start-up, in order: a last file that moved or was replaced by something else is skipped. */
export function startupCandidates(c: InitialChoice): string[] {
  if (c.envFile) return [c.envFile];
  const list: string[] = [];
  if (c.lastFile && ['chainline', 'empty'].includes(c.classify(c.lastFile))) list.push(c.lastFile);
  if (!list.includes(c.defaultFile)) list.push(c.defaultFile);
  return list;
}

/** Opens the first candidate that opens; the failures are reported, not fatal while another file is left. */
export function openFirst<P>(candidates: string[], open: (file: string) => P): { project: P | null; failures: { file: string; error: Error }[] } {
  const failures: { file: string; error: Error }[] = [];
  for (const file of candidates) {
    try {
      return { project: open(file), failures };
    } catch (err) {
      failures.push({ file, error: err as Error });
    }
  }
  return { project: null, failures };
}
