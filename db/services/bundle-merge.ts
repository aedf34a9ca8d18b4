import type { Bundle, BundleRecord } from '../../api/bundle/format';
import type { BundlePlan, MergeConflict, MergeItem } from '../../api/contract/exchange';
import { AppError } from '../../api/errors';
import type { Db } from '../connection';
import { invalidateTree } from '../queries/tree-cache';
import { stmt } from '../stmt';
import { writeTx } from '../tx';
import { planRefs } from './bundle-refs';
import { keepIncoming, mapRecord, writeLinks, writeRecord } from './bundle-records';
import { indexRecord, indexSource, reindexActorRecords } from './fts-sync';
import { keepVersion } from './record-history';
import { currentHash, historyHashes, saveFormOf, versionHash } from './version-hash';

// Merging a colleague's bundle. Two versions of a record "last agreed" on the
// newest version both histories hold: a record's version is a hash of its
// content (version-hash.ts) and the bundle carries each record's earlier
// hashes. When this database's version is among the bundle's earlier ones,
// only the colleague edited since: a fast-forward. When the bundle's is among
// ours, only we did: left alone. Otherwise both did, and the newer edit wins
// (a live record over a deleted one); the other version goes to the record's
// history as a 'merge' version and the conflict is listed. Every rule gives the
// same data whichever side imports whose bundle, and a second import of the
// same bundle finds everything the same.

interface Local {
  hash: string;
  deletedAt: string | null;
  updatedAt: string;
}

export type Decision =
  | { kind: 'add' }
  | { kind: 'same' }
  | { kind: 'forward'; restore: boolean }
  | { kind: 'behind' }
  | { kind: 'conflict'; kept: 'local' | 'incoming'; why: MergeConflict['why'] };

/** What to do with one incoming live record, given this database's version of it (pure: the merge's rules in one place). */
export function decide(local: (Local & { history: () => Set<string> }) | null, incoming: { hash: string; version: string; history: Set<string>; updatedAt: string }): Decision {
  if (!local) return { kind: 'add' };
  // A record deleted here that the colleague did not edit since: the deletion stands.
  if (local.hash === incoming.hash || local.hash === incoming.version) return { kind: 'same' };
  if (incoming.history.has(local.hash)) return { kind: 'forward', restore: !!local.deletedAt };
  const ours = local.history();
  if (ours.has(incoming.hash) || ours.has(incoming.version)) return { kind: 'behind' };
  if (local.deletedAt) return { kind: 'conflict', kept: 'incoming', why: 'deleted-here' };
  const incomingWins = incoming.updatedAt > local.updatedAt || (incoming.updatedAt === local.updatedAt && incoming.hash > local.hash);
  return { kind: 'conflict', kept: incomingWins ? 'incoming' : 'local', why: 'both-edited' };
}

const item = (id: string, title: string): MergeItem => ({ id, title });

function localOf(db: Db, id: string): (Local & { title: string; history: () => Set<string> }) | null {
  const row = stmt(db, 'SELECT title, deleted_at AS deletedAt, updated_at AS updatedAt FROM records WHERE id = ?').get(id) as
    | { title: string; deletedAt: string | null; updatedAt: string }
    | undefined;
  if (!row) return null;
  let hist: Set<string> | null = null;
  return { ...row, hash: currentHash(db, id)!, history: () => (hist ??= new Set(historyHashes(db, id))) };
}

/** Names the record whose write failed (a child row's id taken elsewhere, a constraint the checks missed). */
function named<T>(r: BundleRecord, i: number, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('invalid-argument', `record ${r.id} ${r.title}: cannot be stored (${(err as Error).message})`, `data.records.${i}`);
  }
}

/** Plans the merge (reads only) and returns the plan with the writes that carry it out. */
function plan(db: Db, bundle: Bundle): { plan: BundlePlan; write: () => void } {
  const { data } = bundle;
  const touchedSources = new Set<string>();
  const refs = planRefs(db, data, (id) => touchedSources.add(id));
  const out: BundlePlan = {
    records: { added: [], updated: [], conflicts: [], unchanged: [], trashed: [] },
    ...refs.counts,
    droppedLinks: 0,
  };
  const known = new Set(data.records.map((r) => r.id));
  const writes: (() => void)[] = [];
  const linkWrites: (() => void)[] = [];

  data.records.forEach((raw, i) => {
    const { record, droppedLinks } = mapRecord(db, raw, i, refs, known);
    out.droppedLinks += droppedLinks;
    const hash = versionHash(saveFormOf(record));
    const local = localOf(db, record.id);
    const d = decide(local, { hash, version: raw.version, history: new Set(raw.history), updatedAt: raw.updated_at });
    const titled = (kept: string, other: string) => ({ ...item(record.id, kept), ...(other !== kept ? { otherTitle: other } : {}) });
    const put = (keepLocal: boolean) => {
      writes.push(() => named(raw, i, () => {
        if (keepLocal) keepVersion(db, record.id, 'merge');
        writeRecord(db, record, { deletedAt: null });
      }));
      linkWrites.push(() => named(raw, i, () => writeLinks(db, record)));
    };
    switch (d.kind) {
      case 'add':
        out.records.added.push(item(record.id, record.title));
        put(false);
        break;
      case 'same':
      case 'behind':
        out.records.unchanged.push(item(record.id, local!.title));
        break;
      case 'forward':
        if (d.restore) out.records.conflicts.push({ ...titled(record.title, local!.title), kept: 'incoming', why: 'deleted-here' });
        else out.records.updated.push(item(record.id, record.title));
        // The version replaced is an ancestor of the incoming one: already in the colleague's history, and now in ours.
        put(true);
        break;
      case 'conflict':
        out.records.conflicts.push({ ...titled(d.kept === 'incoming' ? record.title : local!.title, d.kept === 'incoming' ? local!.title : record.title), kept: d.kept, why: d.why });
        if (d.kept === 'incoming') put(true);
        else writes.push(() => keepIncoming(db, record));
        break;
    }
  });

  for (const t of data.trashed) {
    const local = localOf(db, t.id);
    if (!local || local.deletedAt) continue;
    if (local.hash === t.version || new Set(t.history).has(local.hash)) {
      out.records.trashed.push(item(t.id, local.title));
      writes.push(() => stmt(db, 'UPDATE records SET deleted_at = ?, updated_at = ? WHERE id = ?').run(t.deleted_at, t.deleted_at, t.id));
    } else {
      // Edited here since the colleague deleted it: the edit stays (a deletion loses nothing by being undone).
      out.records.conflicts.push({ ...item(t.id, local.title), kept: 'local', why: 'deleted-there' });
    }
  }

  const touchedRecords = [...out.records.added, ...out.records.updated, ...out.records.trashed, ...out.records.conflicts.filter((c) => c.kept === 'incoming')].map((r) => r.id);
  return {
    plan: out,
    write: () => {
      refs.writes.forEach((w) => w());
      writes.forEach((w) => w());
      linkWrites.forEach((w) => w());
      touchedSources.forEach((id) => indexSource(db, id));
      touchedRecords.forEach((id) => indexRecord(db, id));
      if (refs.renamedActors.length) reindexActorRecords(db, refs.renamedActors.map((id) => refs.actors.get(id) ?? id));
      invalidateTree(db, 'chains');
      invalidateTree(db, 'regions');
    },
  };
}

/** Says what merging the bundle would do, writing nothing. */
export function previewBundle(db: Db, bundle: Bundle): BundlePlan {
  return plan(db, bundle).plan;
}

/** Merges the bundle in one transaction: every check passes before the first write, and any failure leaves the database as it was. */
export function mergeBundle(db: Db, bundle: Bundle): BundlePlan {
  try {
    return writeTx(db, () => {
      const p = plan(db, bundle);
      p.write();
      return p.plan;
    });
  } catch (err) {
    // Trees cached during a merge that rolled back would hold nodes that are not there.
    invalidateTree(db, 'chains');
    invalidateTree(db, 'regions');
    throw err;
  }
}
