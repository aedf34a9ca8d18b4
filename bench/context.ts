import type { ModeConfig, Mode } from './modes';

/** What every figure gets from the runner. */
export interface BenchContext {
  mode: Mode;
  config: ModeConfig;
  /** Progress for the person waiting (stderr), not part of the results. */
  log(s: string): void;
  /** A snapshot of the built renderer, so a concurrent build cannot swap it mid-run. */
  rendererDir: string;
  chromiumPath: string;
  /** A scratch folder for this run, removed at the end. */
  tmpDir: string;
}

export const sizeLabel = (n: number, what: string): string => `${n.toLocaleString('en')} ${what}`;
