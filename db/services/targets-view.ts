import type { TargetRow } from '../../api/contract/views';
import type { Db } from '../connection';
import { recordWhere, type ParsedFilter } from '../queries/record-filter';

/**
 * Targets of the records matching a filter, each with its latest progress
 * observation, for the dashboard. Two statements, no per-record round trips:
 * the dashboard asks again on every filter change.
 */
export function targetsView(db: Db, filter: ParsedFilter, limit: number): { total: number; rows: TargetRow[] } {
  const w = recordWhere(db, filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM targets t JOIN records r ON r.id = t.record_id WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT t.id, t.record_id AS recordId, r.title AS recordTitle, r.kind AS recordKind, t.metric, t.value, t.unit, t.deadline, t.scope,
              t.baseline, p.value AS latestValue, p.observed_on AS latestOn,
              (SELECT count(*) FROM target_progress q WHERE q.target_id = t.id) AS observations
       FROM targets t JOIN records r ON r.id = t.record_id
       LEFT JOIN target_progress p ON p.id = (SELECT id FROM target_progress WHERE target_id = t.id ORDER BY observed_on DESC LIMIT 1)
       WHERE ${w.sql}
       ORDER BY t.deadline IS NULL, t.deadline, r.first_day DESC LIMIT ?`,
    )
    .all(...w.params, limit) as TargetRow[];
  return { total, rows };
}
