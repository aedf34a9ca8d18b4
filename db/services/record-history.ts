import type { RecordInput, RecordVersion, VersionReason } from '../../api/contract/records';
import { AppError } from '../../api/errors';
import type { Db } from '../connection';
import { nowIso } from '../ids';
import { stmt } from '../stmt';
import { targets } from './record-read';

// A record's history is a list of whole earlier versions in the form a save
// takes (ids of targets, links, citations kept), so restoring one is a save.

type Stored = Required<Omit<RecordInput, 'date'>> & { id: string };

/** The record as stored now, read straight from its tables (links to trashed records included), in save form. */
export function recordAsInput(db: Db, id: string): Stored | null {
  const r = stmt(
    db,
    `SELECT id, kind, subkind, title, summary, date_start AS dateStart, date_end AS dateEnd, issued_on AS issuedOn, place, level,
            host_body AS hostBody, status, instrument, amount_value AS amountValue, amount_unit AS amountUnit, doc_number AS docNumber, notes
       FROM records WHERE id = ?`,
  ).get(id) as (Omit<Stored, 'amount' | 'chains' | 'regions' | 'tags' | 'actors' | 'targets' | 'links' | 'citations'> & { amountValue: number | null; amountUnit: string | null }) | undefined;
  if (!r) return null;
  const { amountValue, amountUnit, ...fields } = r;
  const col = (sql: string) => (stmt(db, sql).all(id) as { v: string }[]).map((x) => x.v);
  return {
    ...fields,
    amount: amountValue != null && amountUnit ? { value: amountValue, unit: amountUnit } : null,
    chains: col('SELECT chain_id AS v FROM record_chains WHERE record_id = ? ORDER BY chain_id'),
    regions: col('SELECT region_id AS v FROM record_regions WHERE record_id = ? ORDER BY region_id'),
    tags: col('SELECT t.name AS v FROM record_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.record_id = ? ORDER BY t.name'),
    actors: stmt(db, 'SELECT id, actor_id AS actorId, role, post FROM record_actors WHERE record_id = ? ORDER BY created_at, id').all(id) as Stored['actors'],
    targets: targets(db, id).map((t) => ({ ...t, progress: t.progress.map((p) => ({ ...p })) })),
    links: stmt(db, 'SELECT id, relation, to_id AS toId FROM record_links WHERE from_id = ? ORDER BY created_at, id').all(id) as Stored['links'],
    citations: stmt(db, 'SELECT id, source_id AS sourceId, quote, start_offset AS start, end_offset AS "end", note FROM citations WHERE record_id = ? ORDER BY created_at, id').all(
      id,
    ) as Stored['citations'],
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps the record as it is now before a save changes it. Returns a function
 * to call after the save: it drops the kept version again when the save
 * changed nothing, so saving twice does not fill the history with copies.
 */
export function keepVersion(db: Db, id: string, reason: VersionReason): () => void {
  const before = recordAsInput(db, id);
  if (!before) return () => {};
  const savedAt = (stmt(db, 'SELECT updated_at AS t FROM records WHERE id = ?').get(id) as { t: string }).t;
  const seq = Number(
    stmt(db, 'INSERT INTO record_versions (record_id, saved_at, replaced_at, reason, data) VALUES (?, ?, ?, ?, ?)').run(id, savedAt, nowIso(), reason, JSON.stringify(before))
      .lastInsertRowid,
  );
  return () => {
    if (sameJson(recordAsInput(db, id), before)) stmt(db, 'DELETE FROM record_versions WHERE seq = ?').run(seq);
  };
}

/** Field names whose values differ between two versions (top-level fields of the save form). */
function changedFields(older: Stored, newer: Stored | null): string[] {
  if (!newer) return [];
  return Object.keys(older).filter((k) => k !== 'id' && !sameJson(older[k as keyof Stored], newer[k as keyof Stored]));
}

/** Earlier versions, newest first, each with the fields the next version changed. */
export function listVersions(db: Db, id: string): RecordVersion[] {
  if (!stmt(db, 'SELECT 1 FROM records WHERE id = ?').get(id)) throw new AppError('not-found', `no such record: ${id}`, 'id');
  const rows = stmt(db, 'SELECT seq, saved_at AS savedAt, replaced_at AS replacedAt, reason, data FROM record_versions WHERE record_id = ? ORDER BY seq DESC').all(id) as {
    seq: number;
    savedAt: string;
    replacedAt: string;
    reason: VersionReason;
    data: string;
  }[];
  let newer = recordAsInput(db, id);
  return rows.map(({ data, ...v }) => {
    const record = JSON.parse(data) as Stored;
    const version = { ...v, title: record.title, changed: changedFields(record, newer), record };
    newer = record;
    return version;
  });
}

/** One stored version in save form, for restoring it. */
export function versionInput(db: Db, id: string, seq: number): Stored {
  const row = stmt(db, 'SELECT data FROM record_versions WHERE record_id = ? AND seq = ?').get(id, seq) as { data: string } | undefined;
  if (!row) throw new AppError('not-found', `record ${id} has no version ${seq}`, 'seq');
  return JSON.parse(row.data) as Stored;
}
