import type { BundleRecord } from '../../api/bundle/format';
import { firstDay, lastDay, precisionOf } from '../../api/dates';
import { AppError } from '../../api/errors';
import type { Db } from '../connection';
import { nowIso } from '../ids';
import { INSTRUMENT_TYPES } from '../seed/instruments';
import { stmt } from '../stmt';
import { sortKey } from '../text/sort-key';
import type { RefPlan } from './bundle-refs';
import { saveFormOf } from './version-hash';

// A bundle record in this database's terms (references mapped, links to
// records nobody has left out), checked as a save would check it, and the
// writes that put it in place: the record row updated in place (its seq is
// the search index's rowid) and its child rows replaced by the bundle's.

const INSTRUMENTS = new Set(INSTRUMENT_TYPES.map((t) => t.code));

function fail(r: BundleRecord, i: number, field: string, message: string): never {
  throw new AppError('invalid-argument', `record ${r.id} ${r.title}: ${message}`, `data.records.${i}.${field}`);
}

const exists = (db: Db, table: string, id: string) => !!stmt(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id);
const unique = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((t) => [key(t), t])).values()];

/**
 * A citation of an article this database already holds under another id (matched by fingerprint): its offsets
 * are checked against the local text, found again by the quote when they do not match, and dropped (the citation
 * flagged, as a re-clean flags one) when the quote is not there. The flag's time is the citation's own, so a
 * second merge of the same bundle finds the same result.
 */
function anchored(db: Db, sourceId: string, c: BundleRecord['citations'][number]): BundleRecord['citations'][number] {
  const body = (stmt(db, 'SELECT body FROM sources WHERE id = ?').get(sourceId) as { body: string } | undefined)?.body ?? '';
  if (c.start_offset != null && c.end_offset != null && body.slice(c.start_offset, c.end_offset) === c.quote) return { ...c, source_id: sourceId };
  const at = c.quote ? body.indexOf(c.quote) : -1;
  if (at >= 0) return { ...c, source_id: sourceId, start_offset: at, end_offset: at + c.quote.length, unanchored_at: null };
  return { ...c, source_id: sourceId, start_offset: null, end_offset: null, unanchored_at: c.unanchored_at ?? c.updated_at };
}

/**
 * The record with every reference mapped through `refs`; refuses a reference nothing
 * resolves. `known` holds the ids of the bundle's records, so links between them hold.
 */
export function mapRecord(db: Db, r: BundleRecord, i: number, refs: RefPlan, known: Set<string>): { record: BundleRecord; droppedLinks: number } {
  const node = (tree: 'chains' | 'regions', id: string, j: number) => refs[tree].get(id) ?? (exists(db, tree, id) ? id : fail(r, i, `${tree}.${j}`, `its ${tree.slice(0, -1)} ${id} is neither in the bundle nor here`));
  const actor = (id: string, j: number) => refs.actors.get(id) ?? (exists(db, 'actors', id) ? id : fail(r, i, `actors.${j}`, `its actor ${id} is neither in the bundle nor here`));
  const source = (id: string, field: string) => refs.sources.get(id) ?? (exists(db, 'sources', id) ? id : fail(r, i, field, `its source ${id} is neither in the bundle nor here`));
  if (r.kind === 'meeting' && r.status) fail(r, i, 'status', 'a meeting has no status');
  if (r.kind !== 'meeting' && r.subkind) fail(r, i, 'subkind', 'only meetings have a meeting kind');
  if (r.instrument && !INSTRUMENTS.has(r.instrument)) fail(r, i, 'instrument', `unknown instrument type ${r.instrument}`);
  if (r.date_end && !r.date_start) fail(r, i, 'date_end', 'an end date needs a start date');
  if (r.date_end && r.date_start && lastDay(r.date_end) < firstDay(r.date_start)) fail(r, i, 'date_end', 'ends before it starts');
  const links = r.links.filter((l) => known.has(l.to_id) || exists(db, 'records', l.to_id));
  r.links.forEach((l, j) => l.to_id === r.id && fail(r, i, `links.${j}`, 'a record cannot link to itself'));
  r.citations.forEach((c, j) => (c.start_offset == null) !== (c.end_offset == null) && fail(r, i, `citations.${j}`, 'a citation has both offsets or neither'));
  const record: BundleRecord = {
    ...r,
    subkind: r.kind === 'meeting' ? (r.subkind ?? 'other') : null,
    chains: [...new Set(r.chains.map((c, j) => node('chains', c, j)))],
    regions: [...new Set(r.regions.map((c, j) => node('regions', c, j)))],
    tags: [...new Set(r.tags)],
    actors: unique(r.actors.map((a, j) => ({ ...a, actor_id: actor(a.actor_id, j) })), (a) => `${a.actor_id}|${a.role}`),
    targets: r.targets.map((t, j) => ({ ...t, progress: t.progress.map((g, k) => ({ ...g, source_id: g.source_id ? source(g.source_id, `targets.${j}.progress.${k}`) : null })) })),
    links: unique(links, (l) => `${l.to_id}|${l.relation}`),
    citations: r.citations.map((c, j) => {
      const id = source(c.source_id, `citations.${j}`);
      return id === c.source_id ? c : anchored(db, id, c);
    }),
  };
  return { record, droppedLinks: r.links.length - links.length };
}

/** Puts a (mapped) bundle record in place: inserted, or the existing row updated and its children replaced (links by writeLinks). */
export function writeRecord(db: Db, r: BundleRecord, o: { deletedAt: string | null }): void {
  const cols = {
    kind: r.kind, subkind: r.subkind, title: r.title, title_key: sortKey(r.title), summary: r.summary, date_start: r.date_start, date_end: r.date_end,
    precision: r.date_start ? precisionOf(r.date_start) : null, first_day: r.date_start ? firstDay(r.date_start) : null,
    last_day: r.date_start ? lastDay(r.date_end ?? r.date_start) : null, issued_on: r.issued_on, place: r.place, level: r.level, host_body: r.host_body,
    status: r.status, instrument: r.instrument, amount_value: r.amount_value, amount_unit: r.amount_unit, doc_number: r.doc_number, notes: r.notes,
    created_at: r.created_at, updated_at: r.updated_at, deleted_at: o.deletedAt,
  };
  const names = Object.keys(cols);
  if (exists(db, 'records', r.id)) {
    stmt(db, `UPDATE records SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(...Object.values(cols), r.id);
    for (const t of ['record_chains', 'record_regions', 'record_tags', 'record_actors', 'targets', 'citations']) stmt(db, `DELETE FROM ${t} WHERE record_id = ?`).run(r.id);
    stmt(db, 'DELETE FROM record_links WHERE from_id = ?').run(r.id);
  } else {
    stmt(db, `INSERT INTO records (id, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`).run(r.id, ...Object.values(cols));
  }
  for (const c of r.chains) stmt(db, 'INSERT INTO record_chains (record_id, chain_id) VALUES (?, ?)').run(r.id, c);
  for (const c of r.regions) stmt(db, 'INSERT INTO record_regions (record_id, region_id) VALUES (?, ?)').run(r.id, c);
  for (const name of r.tags) stmt(db, 'INSERT INTO record_tags (record_id, tag_id) SELECT ?, id FROM tags WHERE name = ?').run(r.id, name);
  for (const a of r.actors) {
    stmt(db, 'INSERT INTO record_actors (id, record_id, actor_id, role, post, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(a.id, r.id, a.actor_id, a.role, a.post, a.created_at, a.updated_at);
  }
  for (const t of r.targets) {
    stmt(db, 'INSERT INTO targets (id, record_id, metric, value, unit, deadline, scope, baseline, notes, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      t.id, r.id, t.metric, t.value, t.unit, t.deadline, t.scope, t.baseline, t.notes, t.sort, t.created_at, t.updated_at,
    );
    for (const g of t.progress) {
      stmt(db, 'INSERT INTO target_progress (id, target_id, observed_on, value, source_id, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        g.id, t.id, g.observed_on, g.value, g.source_id, g.note, g.created_at, g.updated_at,
      );
    }
  }
  for (const c of r.citations) {
    stmt(db, 'INSERT INTO citations (id, record_id, source_id, quote, start_offset, end_offset, note, unanchored_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      c.id, r.id, c.source_id, c.quote, c.start_offset, c.end_offset, c.note, c.unanchored_at, c.created_at, c.updated_at,
    );
  }
}

/** A written record's links: after every record of the bundle is in place, since they point at each other in any order. */
export function writeLinks(db: Db, r: BundleRecord): void {
  for (const l of r.links) {
    stmt(db, 'INSERT INTO record_links (id, from_id, to_id, relation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(l.id, r.id, l.to_id, l.relation, l.created_at, l.updated_at);
  }
}

/** Keeps a bundle version that lost to a newer local edit in the record's history. */
export function keepIncoming(db: Db, r: BundleRecord): void {
  stmt(db, 'INSERT INTO record_versions (record_id, saved_at, replaced_at, reason, data) VALUES (?, ?, ?, ?, ?)').run(r.id, r.updated_at, nowIso(), 'merge', JSON.stringify(saveFormOf(r)));
}
