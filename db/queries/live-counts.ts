// How many live (not trashed) records link to each node, tag or actor: all
// links minus the trashed records' links. Both come from indexes (CROSS JOIN
// makes SQLite start from the few trashed records), where joining every link
// to its record cost hundreds of milliseconds at 100,000 records.

/** CTE text defining `${name}(key, n)` for a link table's column; put it after WITH. */
export function liveCountsCte(name: string, table: string, col: string): string {
  return `${name}_all AS (SELECT ${col} AS key, count(*) AS n FROM ${table} GROUP BY ${col}),
          ${name}_trashed AS (SELECT l.${col} AS key, count(*) AS n FROM records r CROSS JOIN ${table} l ON l.record_id = r.id WHERE r.deleted_at IS NOT NULL GROUP BY l.${col}),
          ${name} AS (SELECT a.key, a.n - coalesce(t.n, 0) AS n FROM ${name}_all a LEFT JOIN ${name}_trashed t ON t.key = a.key)`;
}
