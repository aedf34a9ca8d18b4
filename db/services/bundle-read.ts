import type { BundleActor, BundleData, BundleRecord } from '../../api/bundle/format';
import type { Db } from '../connection';
import { recordWhere, type ParsedFilter } from '../queries/record-filter';
import { stmt } from '../stmt';
import { saveFormOf, versionHash } from './version-hash';
import { unpackOriginal } from '../text/original';
import { recordAsInput } from './record-history';

// Whole rows of the selected records and of everything they reference, in the
// bundle's shape (api/bundle/format.ts). Children are read in bulk per table
// (one statement over a JSON list of ids) and grouped here, so 10,000 records
// cost a handful of statements, not tens of thousands.

type Row = Record<string, unknown>;

const all = (db: Db, sql: string, ids: Iterable<string>) => stmt(db, sql).all(JSON.stringify([...ids])) as Row[];
const IN = 'IN (SELECT value FROM json_each(?))';

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const { [key]: k, ...rest } of rows) {
    const list = m.get(k as string) ?? [];
    list.push(rest);
    m.set(k as string, list);
  }
  return m;
}

/** A node and its ancestors, parents first, so a tree can be rebuilt in order. */
function nodesWithAncestors(db: Db, tree: 'chains' | 'regions', ids: Set<string>, cols: string): Row[] {
  const rows = all(
    db,
    `WITH RECURSIVE up (id, depth) AS (SELECT id, 0 FROM ${tree} WHERE id ${IN}
       UNION SELECT n.parent_id, up.depth + 1 FROM ${tree} n JOIN up ON n.id = up.id WHERE n.parent_id IS NOT NULL)
     SELECT ${cols}, max(up.depth) AS depth FROM up JOIN ${tree} t ON t.id = up.id GROUP BY t.id ORDER BY depth DESC, t.sort, t.id`,
    ids,
  );
  return rows.map(({ depth: _, ...r }) => r);
}

const json = (col: string) => (r: Row) => ({ ...r, [col]: JSON.parse(r[col] as string) });

function histories(db: Db, ids: string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const r of all(db, `SELECT record_id, data FROM record_versions WHERE record_id ${IN} ORDER BY seq`, ids)) {
    const list = m.get(r.record_id as string) ?? [];
    list.push(versionHash(JSON.parse(r.data as string)));
    m.set(r.record_id as string, list);
  }
  return m;
}

function recordsOf(db: Db, ids: string[]): BundleRecord[] {
  const base = all(
    db,
    `SELECT id, kind, subkind, title, summary, date_start, date_end, issued_on, place, level, host_body, status, instrument, amount_value, amount_unit,
            doc_number, notes, created_at, updated_at FROM records WHERE id ${IN} ORDER BY first_day, id`,
    ids,
  );
  const col = (sql: string) => {
    const m = new Map<string, string[]>();
    for (const r of all(db, sql, ids)) m.set(r.k as string, [...(m.get(r.k as string) ?? []), r.v as string]);
    return m;
  };
  const chains = col(`SELECT record_id AS k, chain_id AS v FROM record_chains WHERE record_id ${IN} ORDER BY chain_id`);
  const regions = col(`SELECT record_id AS k, region_id AS v FROM record_regions WHERE record_id ${IN} ORDER BY region_id`);
  const tags = col(`SELECT rt.record_id AS k, t.name AS v FROM record_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.record_id ${IN} ORDER BY t.name`);
  const actors = groupBy(all(db, `SELECT record_id, id, actor_id, role, post, created_at, updated_at FROM record_actors WHERE record_id ${IN} ORDER BY created_at, id`, ids), 'record_id');
  const targetRows = all(
    db,
    `SELECT record_id, id, metric, value, unit, deadline, scope, baseline, notes, sort, created_at, updated_at FROM targets WHERE record_id ${IN} ORDER BY sort, id`,
    ids,
  );
  const progress = groupBy(
    all(
      db,
      `SELECT target_id, id, observed_on, value, source_id, note, created_at, updated_at FROM target_progress
        WHERE target_id IN (SELECT id FROM targets WHERE record_id ${IN}) ORDER BY observed_on, id`,
      ids,
    ),
    'target_id',
  );
  const targets = groupBy(targetRows.map((t) => ({ ...t, progress: progress.get(t.id as string) ?? [] })), 'record_id');
  const links = groupBy(all(db, `SELECT from_id, id, to_id, relation, created_at, updated_at FROM record_links WHERE from_id ${IN} ORDER BY created_at, id`, ids), 'from_id');
  const citations = groupBy(
    all(
      db,
      `SELECT record_id, id, source_id, quote, start_offset, end_offset, note, unanchored_at, created_at, updated_at FROM citations WHERE record_id ${IN} ORDER BY created_at, id`,
      ids,
    ),
    'record_id',
  );
  const history = histories(db, ids);
  return base.map((r) => {
    const id = r.id as string;
    const rec = {
      ...r, chains: chains.get(id) ?? [], regions: regions.get(id) ?? [], tags: tags.get(id) ?? [], actors: actors.get(id) ?? [], targets: targets.get(id) ?? [],
      links: links.get(id) ?? [], citations: citations.get(id) ?? [], history: history.get(id) ?? [],
    } as unknown as Omit<BundleRecord, 'version'>;
    // Hashed from the rows just read rather than from recordAsInput (nine statements per record): the two forms agree, and a test holds them so.
    return { ...rec, version: versionHash(saveFormOf(rec as BundleRecord)) } as BundleRecord;
  });
}

/** The actors the records name, with their posts, and the organisations those posts name, until none is missing. */
function actorsOf(db: Db, ids: Set<string>): BundleActor[] {
  const found = new Map<string, Row>();
  let next = [...ids];
  while (next.length) {
    for (const a of all(db, `SELECT id, kind, name, aliases, region_id, notes, created_at, updated_at, deleted_at FROM actors WHERE id ${IN}`, next)) found.set(a.id as string, json('aliases')(a));
    const posts = groupBy(all(db, `SELECT actor_id, id, post, org_id, start_on, end_on, created_at, updated_at FROM actor_posts WHERE actor_id ${IN} ORDER BY id`, next), 'actor_id');
    for (const [actorId, list] of posts) found.get(actorId)!.posts = list;
    next = [...new Set([...posts.values()].flat().map((p) => p.org_id as string | null).filter((o): o is string => !!o && !found.has(o)))];
  }
  return [...found.values()].map((a) => ({ ...a, posts: a.posts ?? [] }) as BundleActor).sort((a, b) => a.id.localeCompare(b.id));
}

/** Everything a bundle of the records matching `filter` holds. */
export function readBundleData(db: Db, filter: ParsedFilter): BundleData {
  const ids = (w: ReturnType<typeof recordWhere>) => (stmt(db, `SELECT r.id FROM records r WHERE ${w.sql}`).all(...w.params) as { id: string }[]).map((r) => r.id);
  const recordIds = ids(recordWhere(db, filter));
  const records = recordsOf(db, recordIds);
  const trashedIds = ids(recordWhere(db, filter, { trashed: true }));
  const trashed = all(db, `SELECT id, title, deleted_at FROM records WHERE id ${IN} ORDER BY id`, trashedIds);
  const trashedHistory = histories(db, trashedIds);

  const chainIds = new Set(records.flatMap((r) => r.chains));
  const actors = actorsOf(db, new Set(records.flatMap((r) => r.actors.map((a) => a.actor_id))));
  const regionIds = new Set([...records.flatMap((r) => r.regions), ...actors.map((a) => a.region_id).filter((x): x is string => !!x)]);
  const sourceIds = new Set(records.flatMap((r) => [...r.citations.map((c) => c.source_id), ...r.targets.flatMap((t) => t.progress.map((p) => p.source_id))]).filter((x): x is string => !!x));
  const tagNames = new Set(records.flatMap((r) => r.tags));

  return {
    chains: nodesWithAncestors(db, 'chains', chainIds, 't.id, t.parent_id, t.name, t.en, t.level, t.synonyms, t.sort, t.created_at, t.updated_at, t.deleted_at').map(json('synonyms')) as BundleData['chains'],
    regions: nodesWithAncestors(
      db, 'regions', regionIds, 't.id, t.code, t.parent_id, t.name, t.short_name, t.en, t.level, t.aliases, t.sort, t.created_at, t.updated_at, t.deleted_at',
    ).map(json('aliases')) as BundleData['regions'],
    tags: all(db, `SELECT id, name, created_at, updated_at FROM tags WHERE name ${IN} ORDER BY name`, tagNames) as BundleData['tags'],
    actors,
    sources: all(
      db,
      `SELECT id, title, original_title, outlet, reporter, published_at, url, body, raw, format, encoding, script, file_name, fingerprint, suggestions, notes,
              title_provisional, created_at, updated_at, deleted_at FROM sources WHERE id ${IN} ORDER BY id`,
      sourceIds,
    )
      .map(json('suggestions'))
      .map((s) => ({ ...s, raw: unpackOriginal(s.raw) })) as BundleData['sources'],
    records,
    trashed: trashed.map((t) => ({ ...t, version: versionHash(recordAsInput(db, t.id as string)), history: trashedHistory.get(t.id as string) ?? [] })) as BundleData['trashed'],
  };
}
