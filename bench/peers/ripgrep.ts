import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/open';
import { DATA_DIR, dataKey } from '../datasets';
import { scriptForms } from '../search-queries';

/**
 * The sources as plain UTF-8 files (title, blank line, body), 1,000 per
 * folder, as a researcher keeping articles on disk would have them. Cached
 * beside the database they were written from.
 */
export function sourceFiles(db: Db, size: number): { dir: string; bytes: number } {
  const dir = path.join(DATA_DIR, `files-${size}-${dataKey()}`);
  const rows = db.prepare(`SELECT seq, title, body FROM sources WHERE deleted_at IS NULL ORDER BY seq`).iterate() as Iterable<{ seq: number; title: string; body: string }>;
  if (existsSync(dir)) {
    let bytes = 0;
    for (const r of rows) bytes += Buffer.byteLength(`${r.title}\n\n${r.body}`);
    return { dir, bytes };
  }
  const tmp = `${dir}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  let bytes = 0;
  let i = 0;
  for (const r of rows) {
    const sub = path.join(tmp, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = `${r.title}\n\n${r.body}`;
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(sub, `${r.seq}.txt`), text);
    i++;
  }
  renameSync(tmp, dir);
  return { dir, bytes };
}

/**
 * ripgrep counting the files that match (what `rg -l … | wc -l` tells a
 * user). It cannot fold scripts either, so both forms are alternatives.
 * It uses every core (its default); the database searches use one.
 */
export function rgCount(dir: string, query: string): number {
  const args = ['--files-with-matches', '--fixed-strings', '--no-messages', ...scriptForms(query).flatMap((f) => ['-e', f]), dir];
  const r = spawnSync('rg', args, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`rg failed (${r.status}): ${r.stderr}`);
  return r.stdout ? r.stdout.split('\n').length - 1 : 0;
}
