import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the built renderer (with print.html) is: beside the sources, or beside a bundled back end. */
export function rendererDir(): string {
  const here = import.meta.dirname;
  const candidates = [path.resolve(here, '..', 'dist', 'renderer'), path.resolve(here, '..', 'renderer')];
  return candidates.find((d) => existsSync(path.join(d, 'print.html'))) ?? candidates[0];
}

export function assertPrintPage(dir: string): void {
  if (!existsSync(path.join(dir, 'print.html'))) throw new Error(`no built print page in ${dir}: run npm run build first`);
}
