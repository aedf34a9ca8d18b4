import { AppError } from '../../api/errors';
import type { NodeName } from '../../api/contract/common';
import type { Citation, RecordActor, RecordDetail, RecordLink, RecordRow, Target, TargetProgress } from '../../api/contract/records';
import type { Db } from '../connection';

const ROW_COLS = `r.id, r.kind, r.subkind, r.title, r.date_start AS dateStart, r.date_end AS dateEnd, r.precision, r.status, r.updated_at AS updatedAt`;

type Grouped<T> = Map<string, T[]>;

function groupBy<T extends { recordId: string }>(rows: T[]): Grouped<Omit<T, 'recordId'>> {
  const m: Grouped<Omit<T, 'recordId'>> = new Map();
  for (const { recordId, ...rest } of rows) {
    if (!m.has(recordId)) m.set(recordId, []);
    m.get(recordId)!.push(rest);
  }
  return m;
}

function names(db: Db, table: string, col: string, tree: string, ids: string[]): Grouped<NodeName> {
  return groupBy(
    db
      .prepare(
        `SELECT l.record_id AS recordId, n.id, n.name FROM ${table} l JOIN ${tree} n ON n.id = l.${col}
         WHERE l.record_id IN (SELECT value FROM json_each(?)) AND n.deleted_at IS NULL ORDER BY n.sort`,
      )
      .all(JSON.stringify(ids)) as (NodeName & { recordId: string })[],
  );
}

/** Table rows for records, in the order of `ids`. */
export function recordRows(db: Db, ids: string[]): RecordRow[] {
  if (!ids.length) return [];
  const json = JSON.stringify(ids);
  const base = db.prepare(`SELECT ${ROW_COLS} FROM records r WHERE r.id IN (SELECT value FROM json_each(?))`).all(json) as Omit<RecordRow, 'chains' | 'regions' | 'sourceCount'>[];
  const chains = names(db, 'record_chains', 'chain_id', 'chains', ids);
  const regions = names(db, 'record_regions', 'region_id', 'regions', ids);
  const counts = new Map(
    (db.prepare(`SELECT record_id AS id, count(DISTINCT source_id) AS n FROM citations WHERE record_id IN (SELECT value FROM json_each(?)) GROUP BY record_id`).all(json) as {
      id: string;
      n: number;
    }[]).map((r) => [r.id, r.n]),
  );
  const byId = new Map(base.map((r) => [r.id, r]));
  return ids
    .filter((id) => byId.has(id))
    .map((id) => ({ ...byId.get(id)!, chains: chains.get(id) ?? [], regions: regions.get(id) ?? [], sourceCount: counts.get(id) ?? 0 }));
}

export function targets(db: Db, id: string): Target[] {
  const ts = db
    .prepare(`SELECT id, metric, value, unit, deadline, scope, baseline, notes FROM targets WHERE record_id = ? ORDER BY sort`)
    .all(id) as Omit<Target, 'progress'>[];
  const prog = db.prepare(
    `SELECT id, observed_on AS observedOn, value, source_id AS sourceId, note FROM target_progress WHERE target_id = ? ORDER BY observed_on`,
  );
  return ts.map((t) => ({ ...t, progress: prog.all(t.id) as TargetProgress[] }));
}

export function getRecord(db: Db, id: string): RecordDetail {
  const r = db
    .prepare(
      `SELECT ${ROW_COLS}, r.summary, r.issued_on AS issuedOn, r.place, r.level, r.host_body AS hostBody, r.instrument,
              r.amount_value AS amountValue, r.amount_unit AS amountUnit, r.doc_number AS docNumber, r.notes,
              r.created_at AS createdAt, r.deleted_at AS deletedAt
       FROM records r WHERE r.id = ?`,
    )
    .get(id) as (Omit<RecordDetail, 'chains' | 'regions' | 'tags' | 'actors' | 'targets' | 'links' | 'citations' | 'amount'> & {
    amountValue: number | null;
    amountUnit: string | null;
  }) | undefined;
  if (!r) throw new AppError('not-found', `no such record: ${id}`, 'id');
  const { amountValue, amountUnit, ...rest } = r;
  const row = recordRows(db, [id])[0];
  return {
    ...rest,
    amount: amountValue != null && amountUnit ? { value: amountValue, unit: amountUnit } : null,
    chains: row.chains,
    regions: row.regions,
    tags: (db.prepare(`SELECT t.name FROM record_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.record_id = ? ORDER BY t.name`).all(id) as { name: string }[]).map(
      (t) => t.name,
    ),
    actors: db
      .prepare(
        `SELECT ra.id, ra.actor_id AS actorId, a.name, a.kind AS actorKind, ra.role, ra.post FROM record_actors ra
         JOIN actors a ON a.id = ra.actor_id WHERE ra.record_id = ? ORDER BY ra.created_at, a.name`,
      )
      .all(id) as RecordActor[],
    targets: targets(db, id),
    links: db
      .prepare(
        `SELECT l.id, l.relation, 'out' AS direction, o.id AS otherId, o.title AS otherTitle, o.kind AS otherKind
           FROM record_links l JOIN records o ON o.id = l.to_id WHERE l.from_id = ? AND o.deleted_at IS NULL
         UNION ALL
         SELECT l.id, l.relation, 'in', o.id, o.title, o.kind
           FROM record_links l JOIN records o ON o.id = l.from_id WHERE l.to_id = ? AND o.deleted_at IS NULL`,
      )
      .all(id, id) as RecordLink[],
    citations: db
      .prepare(
        `SELECT c.id, c.source_id AS sourceId, s.title AS sourceTitle, s.outlet, s.published_at AS publishedAt, c.quote,
                c.start_offset AS start, c.end_offset AS end, c.note
         FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.record_id = ? ORDER BY s.published_at, c.start_offset`,
      )
      .all(id) as Citation[],
  };
}
