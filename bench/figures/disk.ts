import { statSync } from 'node:fs';
import { openDatabase, type Db } from '../../db/open';
import { sizeLabel, type BenchContext } from '../context';
import { dataset } from '../datasets';
import { sourceFiles } from '../peers/ripgrep';
import { row, single, type Row } from '../result';

const MB = 2 ** 20;

/** Bytes per part of the database (SQLite's dbstat), grouped: the sources table, each FTS table's shadow tables, the rest. */
function parts(db: Db): Record<string, number> {
  const rows = db.prepare(`SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name`).all() as { name: string; bytes: number }[];
  const out: Record<string, number> = {};
  for (const r of rows) {
    const group = /^sources_tok/.test(r.name) ? 'FTS chars+bigrams (sources_tok)' : /^sources_fts/.test(r.name) ? 'FTS bigram phrases (sources_fts)' : /^(sources|sqlite_autoindex_sources)/.test(r.name) ? 'sources table + indexes' : 'everything else';
    out[group] = (out[group] ?? 0) + r.bytes;
  }
  return out;
}

/** Database size on disk against the raw text of its sources (the same articles as plain UTF-8 files). */
export async function diskFigure(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of ctx.config.searchSources) {
    const ds = dataset('sources', size, ctx.log);
    const { db } = openDatabase(ds.file);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      const files = sourceFiles(db, size);
      const split = parts(db);
      // A cached database made before a schema change was upgraded in place, and
      // what an upgrade frees stays in the file until VACUUM: the pages in use are
      // what a fresh import of the same sources takes.
      const fileBytes = statSync(ds.file).size;
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      const bytes = ((db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number)) * pageSize;
      rows.push(
        row({
          figure: `database size on disk (${(bytes / files.bytes).toFixed(1)}× the raw text)`,
          size: sizeLabel(size, 'sources'),
          unit: 'MB',
          better: 'lower',
          ours: single(bytes / MB),
          peers: [{ name: 'UTF-8 text files', stat: single(files.bytes / MB) }],
          goal: null,
          notes: [
            Object.entries(split).filter(([, v]) => v >= MB).map(([k, v]) => `${k} ${(v / MB).toFixed(0)} MB`).join(', '),
            'each source keeps its cleaned body and its original (here the same text, as for a plain-text import), the original deflated',
            `pages in use; the file is ${(fileBytes / MB).toFixed(0)} MB`,
          ],
          extra: { bytes, fileBytes, rawTextBytes: files.bytes, parts: split },
        }),
      );
    } finally {
      db.close();
    }
  }
  return rows;
}
