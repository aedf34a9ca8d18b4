import { createHash } from 'node:crypto';
import type { BundleRecord } from '../../api/bundle/format';
import type { Db } from '../connection';
import { stmt } from '../stmt';
import { recordAsInput } from './record-history';

// A record version's identity across databases: a hash of the record in the
// form a save takes (the form record history keeps), so a version in one
// database's history and the same version current in another hash alike.
// Sets (chains, regions, tags, actors, links, citations, progress) are sorted
// first: their order is not part of the record, only the order of targets is.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const SETS_BY_ID = new Set(['actors', 'links', 'citations', 'progress']);
const SETS_OF_NAMES = new Set(['chains', 'regions', 'tags']);

function canonical(v: Json, key = ''): Json {
  if (Array.isArray(v)) {
    const items = v.map((x) => canonical(x));
    if (SETS_OF_NAMES.has(key)) return [...(items as string[])].sort();
    if (SETS_BY_ID.has(key)) return [...items].sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
    return items;
  }
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .filter((k) => v[k] !== undefined)
        .map((k) => [k, canonical(v[k]!, k)]),
    );
  }
  return v;
}

export function versionHash(form: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(form as Json))).digest('hex');
}

/** The hash of a record as stored now, or null when there is no such record. */
export function currentHash(db: Db, id: string): string | null {
  const form = recordAsInput(db, id);
  return form ? versionHash(form) : null;
}

/** The hashes of a record's earlier versions (its history). */
export function historyHashes(db: Db, id: string): string[] {
  return (stmt(db, 'SELECT data FROM record_versions WHERE record_id = ? ORDER BY seq').all(id) as { data: string }[]).map((r) => versionHash(JSON.parse(r.data)));
}

/** A bundle record in the form a save takes: what recordAsInput gives once it is stored. */
export function saveFormOf(r: BundleRecord) {
  return {
    id: r.id, kind: r.kind, subkind: r.subkind, title: r.title, summary: r.summary, dateStart: r.date_start, dateEnd: r.date_end, issuedOn: r.issued_on,
    place: r.place, level: r.level, hostBody: r.host_body, status: r.status, instrument: r.instrument,
    amount: r.amount_value != null && r.amount_unit ? { value: r.amount_value, unit: r.amount_unit } : null,
    docNumber: r.doc_number, notes: r.notes, chains: r.chains, regions: r.regions, tags: r.tags,
    actors: r.actors.map((a) => ({ id: a.id, actorId: a.actor_id, role: a.role, post: a.post })),
    targets: [...r.targets]
      .sort((a, b) => a.sort - b.sort)
      .map((t) => ({
        id: t.id, metric: t.metric, value: t.value, unit: t.unit, deadline: t.deadline, scope: t.scope, baseline: t.baseline, notes: t.notes,
        progress: t.progress.map((p) => ({ id: p.id, observedOn: p.observed_on, value: p.value, sourceId: p.source_id, note: p.note })),
      })),
    links: r.links.map((l) => ({ id: l.id, relation: l.relation, toId: l.to_id })),
    citations: r.citations.map((c) => ({ id: c.id, sourceId: c.source_id, quote: c.quote, start: c.start_offset, end: c.end_offset, note: c.note })),
  };
}
