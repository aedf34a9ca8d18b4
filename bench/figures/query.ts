import { RecordFilter } from '../../api/contract/filters';
import { openDatabase } from '../../db/open';
import { listRecords } from '../../db/services/record-list';
import { timeline } from '../../db/services/timeline';
import { sizeLabel, type BenchContext } from '../context';
import { dataset } from '../datasets';
import { loadAllRecords, memList, memTimeline } from '../peers/in-memory-records';
import { goalMax, row, stat, type Row } from '../result';
import { timeRuns } from '../stats';

const GOAL_AT = 100_000;
// A researcher's usual question: Henan's new-materials cluster (its chains and
// segments), Henan and its cities, 2021–2023.
const FILTER = RecordFilter.parse({ chains: ['河南·新材料'], regions: ['河南省'], from: '2021-01', to: '2023-12' });
const PAGE = 200; // the records table's page (renderer/state/pager.ts)
const DEPTH = 2; // chain lanes' default depth (LANE_DEPTH.chain)
const SCREEN_LABELS = false; // the screen asks for titles of what it shows in a second call (renderer/timeline/labels.ts)

/** Filtered listing (first page + total) and timeline query: SQL with our indexes vs an in-memory scan of every record. */
export async function queryFigure(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of ctx.config.queryRecords) {
    const ds = dataset('records', size, ctx.log);
    const { db } = openDatabase(ds.file);
    try {
      ctx.log(`query: ${sizeLabel(size, 'records')}`);
      const t0 = performance.now();
      const all = loadAllRecords(db);
      const loadMs = performance.now() - t0;
      const peerNote = `peer: every record in JS memory (loaded once in ${loadMs.toFixed(0)} ms, not timed), filtered and sorted per call`;
      const runs = ctx.config.runs;
      const cases: { figure: string; ours: () => number; peer: () => number; goal: boolean }[] = [
        {
          figure: 'filtered listing: first page (200) + total',
          ours: () => listRecords(db, FILTER, '-date', { offset: 0, limit: PAGE }).total,
          peer: () => memList(db, all, FILTER, PAGE).total,
          goal: true,
        },
        {
          figure: 'timeline query, filtered (chain lanes)',
          ours: () => timeline(db, FILTER, 'chain', DEPTH, 200_000, SCREEN_LABELS).items.key.length,
          peer: () => memTimeline(db, all, FILTER, DEPTH).length,
          goal: true,
        },
        {
          figure: 'timeline query, all records (what the screen loads first)',
          ours: () => timeline(db, RecordFilter.parse({}), 'chain', DEPTH, 200_000, SCREEN_LABELS).items.key.length,
          peer: () => memTimeline(db, all, RecordFilter.parse({}), DEPTH).length,
          goal: false,
        },
      ];
      for (const c of cases) {
        let n = 0;
        let m = 0;
        const ours = stat(timeRuns(() => (n = c.ours()), c.goal ? runs.query : Math.max(5, runs.query / 6)));
        const peer = stat(timeRuns(() => (m = c.peer()), c.goal ? runs.queryPeer : Math.max(5, runs.queryPeer / 2)));
        rows.push(
          row({
            figure: `${c.figure} (${n.toLocaleString('en')} records)`,
            size: sizeLabel(size, 'records'),
            unit: 'ms',
            better: 'lower',
            ours,
            peers: [{ name: 'in-memory JS', stat: peer }],
            goal: c.goal ? goalMax('p95 < 10 ms @100k', ours, 10, size >= GOAL_AT) : null,
            notes: [...(c === cases[0] ? [peerNote] : []), ...(n === m ? [] : [`counts differ: Chainline ${n}, peer ${m}`])],
            extra: { matched: n, peerMatched: m, peerLoadMs: loadMs },
          }),
        );
      }
    } finally {
      db.close();
    }
  }
  return rows;
}
