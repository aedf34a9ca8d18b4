import { openDatabase } from '../../db/open';
import { search } from '../../db/services/search';
import { sizeLabel, type BenchContext } from '../context';
import { benchArticles, dataset } from '../datasets';
import { likeSearch } from '../peers/like';
import { rgCount, sourceFiles } from '../peers/ripgrep';
import { goalMax, row, stat, type Row } from '../result';
import { benchQueries } from '../search-queries';
import { timeRuns } from '../stats';

const GOAL_AT = 100_000;

/**
 * Search: Chainline's search as the UI asks for it (first page of 50 and the
 * total count, sources scope) against a LIKE scan of the same table and
 * ripgrep over the same sources as files, for every query class.
 */
export async function searchFigure(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of ctx.config.searchSources) {
    const ds = dataset('sources', size, ctx.log);
    const { db } = openDatabase(ds.file);
    try {
      ctx.log(`search: ${sizeLabel(size, 'sources')}`);
      const sample = [...benchArticles(db, 400)];
      const files = sourceFiles(db, size);
      for (const q of benchQueries(sample)) {
        let total = 0;
        const ours = timeRuns(() => {
          total = search(db, { query: q.text, scope: 'sources', limit: 50, offset: 0 }).sources.total;
        }, ctx.config.runs.search);
        let likeTotal = 0;
        const like = timeRuns(() => (likeTotal = likeSearch(db, q.text).total), ctx.config.runs.searchPeer, 1);
        let rgTotal = 0;
        const rg = timeRuns(() => (rgTotal = rgCount(files.dir, q.text)), ctx.config.runs.searchPeer, 1);
        const s = stat(ours);
        const notes = total === likeTotal && total === rgTotal ? [] : [`hit counts differ: Chainline ${total}, LIKE ${likeTotal}, rg ${rgTotal}`];
        rows.push(
          row({
            figure: `search ${q.length}-char ${q.script} ${q.frequency} “${q.text}” (${total.toLocaleString('en')} hits)`,
            size: sizeLabel(size, 'sources'),
            unit: 'ms',
            better: 'lower',
            ours: s,
            peers: [
              { name: 'LIKE', stat: stat(like) },
              { name: 'rg', stat: stat(rg) },
            ],
            goal: goalMax('p95 < 20 ms @100k', s, 20, size >= GOAL_AT),
            notes,
            extra: { query: q, hits: { chainline: total, like: likeTotal, rg: rgTotal }, rawTextBytes: files.bytes },
          }),
        );
      }
    } finally {
      db.close();
    }
  }
  return rows;
}
