import { stmt } from '../stmt';
import type { z } from 'zod';
import { AppError } from '../../api/errors';
import type { RecordInput } from '../../api/contract/records';
import { firstDay, lastDay, precisionOf } from '../../api/dates';
import { newId, nowIso } from '../ids';
import type { Db } from '../connection';
import { INSTRUMENT_TYPES } from '../seed/instruments';
import { syncChildren } from './children';
import { indexRecord } from './fts-sync';
import { resolvePassage } from './passage';
import { resolveNodes } from '../queries/resolve';
import { tagIds } from './tags';
import { createChain } from './taxonomy';
import { invalidateTree } from '../queries/tree-cache';
import { writeTx } from '../tx';
import type { VersionReason } from '../../api/contract/records';
import { keepVersion } from './record-history';
import { sortKey } from '../text/sort-key';

export type ParsedRecord = z.output<typeof RecordInput>;

const INSTRUMENTS = new Set(INSTRUMENT_TYPES.map((t) => t.code));

function exists(db: Db, table: string, ids: string[]): Set<string> {
  const rows = stmt(db, `SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

function requireAll(db: Db, table: string, ids: string[], field: string, what: string): void {
  const found = exists(db, table, ids);
  ids.forEach((id, i) => {
    if (!found.has(id)) throw new AppError('invalid-argument', `unknown ${what}: ${id}`, `${field}.${i}`);
  });
}

/** Citations: fill the quote from the offsets, or find the offsets of a quote, so both are kept. */
function citationRows(db: Db, input: ParsedRecord) {
  requireAll(db, 'sources', input.citations.map((c) => c.sourceId), 'citations', 'source');
  const body = stmt(db, 'SELECT body FROM sources WHERE id = ?');
  return input.citations.map((c, i) => {
    const text = (body.get(c.sourceId) as { body: string }).body;
    const { quote, start, end } = resolvePassage(text, c, `citations.${i}.end`);
    return { id: c.id, source_id: c.sourceId, quote, start_offset: start, end_offset: end, note: c.note };
  });
}

/** Creates or replaces a record with its tags, actors, targets, links and citations: all or nothing. */
/** Fails on a pair listed twice (the same actor in the same role, the same link), naming the second. */
function requireUnique<T>(items: T[], key: (t: T) => string, field: string, what: string): void {
  const seen = new Set<string>();
  items.forEach((t, i) => {
    const k = key(t);
    if (seen.has(k)) throw new AppError('invalid-argument', `${what} is listed twice`, `${field}.${i}`);
    seen.add(k);
  });
}

export interface SaveOptions {
  createTags?: boolean;
  /** Recorded with the version this save replaces. */
  reason?: VersionReason;
}

export function saveRecord(db: Db, input: ParsedRecord, opts: SaveOptions = {}): string {
  try {
    return write(db, input, opts);
  } catch (err) {
    // Chains made for this record (createTags) roll back with it, but the cached
    // tree may have been reloaded with them in the meantime.
    invalidateTree(db, 'chains');
    throw err;
  }
}

function write(db: Db, input: ParsedRecord, opts: SaveOptions): string {
  return writeTx(db, () => {
    const now = nowIso();
    const id = input.id ?? newId();
    const chains = resolveNodes(db, 'chains', input.chains, 'chains', opts.createTags ? (name) => createChain(db, { parentId: null, name, level: 'chain' }) : undefined);
    const regions = resolveNodes(db, 'regions', input.regions, 'regions');
    if (input.instrument && !INSTRUMENTS.has(input.instrument))
      throw new AppError('invalid-argument', `unknown instrument type: ${input.instrument}`, 'instrument');
    requireAll(db, 'actors', input.actors.map((a) => a.actorId), 'actors', 'actor');
    requireAll(db, 'records', input.links.map((l) => l.toId), 'links', 'record');
    requireUnique(input.actors, (a) => `${a.actorId}|${a.role}`, 'actors', 'this actor in this role');
    requireUnique(input.links, (l) => `${l.toId}|${l.relation}`, 'links', 'this link');
    input.links.forEach((l, i) => {
      if (l.toId === id) throw new AppError('invalid-argument', 'a record cannot link to itself', `links.${i}.toId`);
    });
    const citations = citationRows(db, input);

    const old = stmt(db, 'SELECT 1 FROM records WHERE id = ?').get(id);
    const cols = {
      kind: input.kind,
      subkind: input.kind === 'meeting' ? (input.subkind ?? 'other') : null,
      title: input.title,
      title_key: sortKey(input.title),
      summary: input.summary,
      date_start: input.dateStart ?? null,
      date_end: input.dateEnd ?? null,
      precision: input.dateStart ? precisionOf(input.dateStart) : null,
      first_day: input.dateStart ? firstDay(input.dateStart) : null,
      last_day: input.dateStart ? lastDay(input.dateEnd ?? input.dateStart) : null,
      issued_on: input.issuedOn ?? null,
      place: input.place,
      level: input.level ?? null,
      host_body: input.hostBody,
      status: input.kind === 'meeting' ? null : (input.status ?? null),
      instrument: input.instrument ?? null,
      amount_value: input.amount?.value ?? null,
      amount_unit: input.amount?.unit ?? null,
      doc_number: input.docNumber,
      notes: input.notes,
    };
    // The record as it was goes to its history first (dropped again if this save changes nothing).
    const kept = old ? keepVersion(db, id, opts.reason ?? 'edit') : null;
    const names = Object.keys(cols);
    const values = Object.values(cols);
    if (old) {
      stmt(db, `UPDATE records SET ${names.map((n) => `${n} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, id);
    } else {
      stmt(db, `INSERT INTO records (id, ${names.join(', ')}, created_at, updated_at) VALUES (?, ${names.map(() => '?').join(', ')}, ?, ?)`).run(id, ...values, now, now);
    }
    const replaceSet = (table: string, col: string, ids: string[]) => {
      stmt(db, `DELETE FROM ${table} WHERE record_id = ?`).run(id);
      const ins = stmt(db, `INSERT INTO ${table} (record_id, ${col}) VALUES (?, ?)`);
      ids.forEach((v) => ins.run(id, v));
    };
    replaceSet('record_chains', 'chain_id', chains);
    replaceSet('record_regions', 'region_id', regions);
    replaceSet('record_tags', 'tag_id', tagIds(db, input.tags));

    syncChildren(db, 'record_actors', 'record_id', id, input.actors.map((a) => ({ id: a.id, actor_id: a.actorId, role: a.role, post: a.post })), now, 'actors');
    const targetIds = syncChildren(
      db, 'targets', 'record_id', id,
      input.targets.map((t, i) => ({
        id: t.id, metric: t.metric, value: t.value ?? null, unit: t.unit, deadline: t.deadline ?? null, scope: t.scope,
        baseline: t.baseline ?? null, notes: t.notes, sort: i,
      })),
      now, 'targets',
    );
    input.targets.forEach((t, i) => {
      requireAll(db, 'sources', t.progress.map((p) => p.sourceId).filter((s): s is string => !!s), `targets.${i}.progress`, 'source');
      syncChildren(
        db, 'target_progress', 'target_id', targetIds[i],
        t.progress.map((p) => ({ id: p.id, observed_on: p.observedOn, value: p.value, source_id: p.sourceId ?? null, note: p.note })),
        now, `targets.${i}.progress`,
      );
    });
    syncChildren(db, 'record_links', 'from_id', id, input.links.map((l) => ({ id: l.id, to_id: l.toId, relation: l.relation })), now, 'links');
    syncChildren(db, 'citations', 'record_id', id, citations, now, 'citations');
    indexRecord(db, id);
    kept?.();
    return id;
  });
}
