import type { StatRow } from '../../api/contract/views';
import type { Db } from '../connection';
import { recordWhere, type ParsedFilter } from '../queries/record-filter';
import { ancestorAt, getTree } from '../queries/tree-cache';

/**
 * A record's period by its start, only as precise as its date: a record known
 * only to the year has no month or quarter, so it is counted in 'YYYY~', the
 * year's "year only" bucket, never in January or Q1.
 */
export const YEAR_ONLY = '~';
const yearOnly = `substr(r.first_day, 1, 4) || '${YEAR_ONLY}'`;
const PERIOD = {
  month: `CASE r.precision WHEN 'year' THEN ${yearOnly} ELSE substr(r.first_day, 1, 7) END`,
  quarter: `CASE r.precision WHEN 'year' THEN ${yearOnly} ELSE substr(r.first_day, 1, 4) || '-Q' || ((CAST(substr(r.first_day, 6, 2) AS INTEGER) + 2) / 3) END`,
  year: `substr(r.first_day, 1, 4)`,
} as const;

/** Counts of records per period (by their start, at its precision) and per kind, chain or region. */
export function stats(db: Db, filter: ParsedFilter, period: keyof typeof PERIOD, by: 'kind' | 'chain' | 'region', depth: number): StatRow[] {
  const w = recordWhere(db, filter);
  const where = `${w.sql} AND r.first_day IS NOT NULL`;
  if (by === 'kind') {
    return db
      .prepare(`SELECT ${PERIOD[period]} AS period, r.kind AS key, r.kind AS label, count(*) AS count FROM records r WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`)
      .all(...w.params) as StatRow[];
  }
  const [table, col, tree] = by === 'chain' ? ['record_chains', 'chain_id', 'chains'] as const : ['record_regions', 'region_id', 'regions'] as const;
  const raw = db
    .prepare(`SELECT r.id, ${PERIOD[period]} AS period, l.${col} AS node FROM records r JOIN ${table} l ON l.record_id = r.id WHERE ${where}`)
    .all(...w.params) as { id: string; period: string; node: string }[];
  const t = getTree(db, tree);
  // Depth 1 means clusters or provinces (see the contract); provinces sit one
  // level below the single 全国 root, so regions count one level deeper.
  const level = by === 'region' ? depth + 1 : depth;
  // A record tagged with two chains of one cluster counts once for that cluster.
  const seen = new Set<string>();
  const counts = new Map<string, StatRow>();
  for (const r of raw) {
    const a = ancestorAt(t, r.node, level);
    if (!a || seen.has(`${r.id}|${a.id}`)) continue;
    seen.add(`${r.id}|${a.id}`);
    const k = `${r.period}|${a.id}`;
    const row = counts.get(k) ?? { period: r.period, key: a.id, label: a.name, count: 0 };
    row.count++;
    counts.set(k, row);
  }
  return [...counts.values()].sort((a, b) => a.period.localeCompare(b.period) || b.count - a.count);
}
