import { stmt } from '../stmt';
import { AppError } from '../../api/errors';
import type { SourceDetail, SourceField, SourceRow, SourceVersion } from '../../api/contract/sources';
import { firstDay, lastDay } from '../../api/dates';
import { newId, nowIso } from '../ids';
import type { Db } from '../connection';
import { rowidSet } from '../text/fts';
import { packOriginal, unpackOriginal } from '../text/original';
import { indexSource, reindex } from './fts-sync';
import { resolvePassage } from './passage';
import { writeTx } from '../tx';

export interface NewSource {
  id?: string;
  title: string;
  originalTitle?: string | null;
  outlet?: string;
  reporter?: string;
  publishedAt?: string | null;
  url?: string;
  body: string;
  raw?: string;
  format?: string;
  encoding?: string;
  script?: string;
  fileName?: string;
  fingerprint?: string | null;
  /** The title was made up (no headline in the article). */
  titleProvisional?: boolean;
  suggestions?: unknown;
  notes?: string;
}

/** Stores a source and indexes it. Returns null when the same article (fingerprint) is already stored. */
export function insertSource(db: Db, s: NewSource): string | null {
  return writeTx(db, () => {
    if (s.fingerprint && stmt(db, 'SELECT 1 FROM sources WHERE fingerprint = ?').get(s.fingerprint)) return null;
    const now = nowIso();
    const id = s.id ?? newId();
    stmt(
      db,
      `INSERT INTO sources (id, title, original_title, outlet, reporter, published_at, url, body, raw, format, encoding, script,
         file_name, fingerprint, suggestions, notes, title_provisional, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id, s.title, s.originalTitle ?? null, s.outlet ?? '', s.reporter ?? '', s.publishedAt ?? null, s.url ?? '', s.body, packOriginal(s.raw ?? ''),
      s.format ?? 'txt', s.encoding ?? '', s.script ?? 'none', s.fileName ?? '', s.fingerprint ?? null, JSON.stringify(s.suggestions ?? {}),
      s.notes ?? '', s.titleProvisional ? 1 : 0, now, now,
    );
    indexSource(db, id);
    return id;
  });
}

const ROW = `s.id, s.title, s.title_provisional = 1 AS titleProvisional, s.outlet, s.published_at AS publishedAt, s.script, s.created_at AS createdAt,
  (SELECT count(DISTINCT c.record_id) FROM citations c JOIN records r ON r.id = c.record_id AND r.deleted_at IS NULL WHERE c.source_id = s.id) AS citedBy`;

const ORDER = {
  // DESC puts NULL last by itself (SQLite sorts it lowest), so the published_at index serves the default order.
  '-published': 's.published_at DESC',
  published: 's.published_at IS NULL, s.published_at',
  '-created': 's.created_at DESC',
  title: 's.title',
} as const;

export function listSources(
  db: Db,
  a: { text?: string; from?: string; to?: string; sort: keyof typeof ORDER; page: { offset: number; limit: number } },
): { total: number; rows: SourceRow[] } {
  const where = ['s.deleted_at IS NULL'];
  const params: unknown[] = [];
  const match = a.text ? rowidSet('sources', a.text) : null;
  if (match) {
    where.push(`s.seq IN (${match.sql})`);
    params.push(...match.params);
  }
  if (a.from) {
    where.push('s.published_at >= ?');
    params.push(firstDay(a.from));
  }
  if (a.to) {
    where.push('s.published_at < ?');
    params.push(`${lastDay(a.to)}T99`);
  }
  const w = where.join(' AND ');
  const total = (stmt(db, `SELECT count(*) AS n FROM sources s WHERE ${w}`).get(...params) as { n: number }).n;
  const rows = stmt(db, `SELECT ${ROW} FROM sources s WHERE ${w} ORDER BY ${ORDER[a.sort]} LIMIT ? OFFSET ?`).all(...params, a.page.limit, a.page.offset) as SourceRow[];
  return { total, rows: rows.map((r) => ({ ...r, titleProvisional: Boolean(r.titleProvisional) })) };
}

export function getSource(db: Db, id: string): SourceDetail {
  const s = db
    .prepare(
      `SELECT ${ROW}, s.original_title AS originalTitle, s.reporter, s.url, s.body, s.raw <> '' AS hasOriginal, s.format, s.encoding, s.file_name AS fileName,
              s.notes, s.suggestions, s.updated_at AS updatedAt, s.deleted_at AS deletedAt
       FROM sources s WHERE s.id = ?`,
    )
    .get(id) as (Omit<SourceDetail, 'citations' | 'suggestions'> & { suggestions: string }) | undefined;
  if (!s) throw new AppError('not-found', `no such source: ${id}`, 'id');
  const citations = db
    .prepare(
      `SELECT c.id, c.record_id AS recordId, r.title AS recordTitle, r.kind AS recordKind, c.quote, c.start_offset AS start, c.end_offset AS end,
              c.unanchored_at AS unanchoredAt
       FROM citations c JOIN records r ON r.id = c.record_id AND r.deleted_at IS NULL WHERE c.source_id = ? ORDER BY c.start_offset`,
    )
    .all(id) as SourceDetail['citations'];
  return { ...s, titleProvisional: Boolean(s.titleProvisional), hasOriginal: !!s.hasOriginal, suggestions: JSON.parse(s.suggestions), citations };
}

const COLUMNS: Record<SourceField, string> = {
  title: 'title', outlet: 'outlet', reporter: 'reporter', publishedAt: 'published_at', url: 'url', script: 'script', notes: 'notes',
};

/**
 * Corrects a source's metadata. The fields that really change are kept as
 * they were (and as they became) in the source's history, in the same
 * transaction; a save that changes nothing writes nothing.
 */
export function updateSource(db: Db, a: { id: string } & Partial<Record<SourceField, string | null>>): void {
  writeTx(db, () => {
    const cur = stmt(db, `SELECT ${Object.entries(COLUMNS).map(([k, c]) => `${c} AS ${k}`).join(', ')}, updated_at AS updatedAt FROM sources WHERE id = ?`).get(a.id) as
      | (Record<SourceField, string | null> & { updatedAt: string })
      | undefined;
    if (!cur) throw new AppError('not-found', `no such source: ${a.id}`, 'id');
    const changed = (Object.keys(COLUMNS) as SourceField[]).filter((k) => a[k] !== undefined && a[k] !== cur[k]);
    if (!changed.length) return;
    const now = nowIso();
    const from = Object.fromEntries(changed.map((k) => [k, cur[k]]));
    const to = Object.fromEntries(changed.map((k) => [k, a[k]]));
    stmt(db, 'INSERT INTO source_versions (source_id, saved_at, replaced_at, reason, data) VALUES (?, ?, ?, ?, ?)').run(a.id, cur.updatedAt, now, 'edit', JSON.stringify({ from, to }));
    // A title the researcher writes is the source's own: no longer provisional.
    const own = changed.includes('title') ? ', title_provisional = 0' : '';
    stmt(db, `UPDATE sources SET ${changed.map((k) => `${COLUMNS[k]} = ?`).join(', ')}${own}, updated_at = ? WHERE id = ?`).run(...changed.map((k) => a[k]), now, a.id);
    if (changed.includes('title')) indexSource(db, a.id);
  });
}

/** The original of a source as imported. */
export function sourceOriginal(db: Db, id: string): { raw: string; format: string } {
  const s = stmt(db, 'SELECT raw, format FROM sources WHERE id = ?').get(id) as { raw: unknown; format: string } | undefined;
  if (!s) throw new AppError('not-found', `no such source: ${id}`, 'id');
  return { raw: unpackOriginal(s.raw), format: s.format };
}

/** A source's earlier versions, newest first (an old body is reported by its length). */
export function sourceHistory(db: Db, id: string): SourceVersion[] {
  if (!stmt(db, 'SELECT 1 FROM sources WHERE id = ?').get(id)) throw new AppError('not-found', `no such source: ${id}`, 'id');
  const rows = stmt(db, 'SELECT seq, reason, saved_at AS savedAt, replaced_at AS replacedAt, data FROM source_versions WHERE source_id = ? ORDER BY seq DESC').all(id) as {
    seq: number; reason: SourceVersion['reason']; savedAt: string; replacedAt: string; data: string;
  }[];
  return rows.map(({ data, ...r }) => {
    const d = JSON.parse(data) as { from: Record<string, unknown>; to: Record<string, unknown>; reanchored?: number; unanchored?: number };
    const { body, ...from } = d.from;
    return {
      ...r,
      from: { ...from, ...(typeof body === 'string' ? { bodyChars: body.length } : {}) },
      to: d.to,
      ...(d.reanchored != null ? { reanchored: d.reanchored, unanchored: d.unanchored } : {}),
    } as SourceVersion;
  });
}

export function setSourcesTrashed(db: Db, ids: string[], trashed: boolean): number {
  const now = nowIso();
  const sql = trashed
    ? `UPDATE sources SET deleted_at = ?, updated_at = ? WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`
    : `UPDATE sources SET deleted_at = NULL, updated_at = ? WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))`;
  return writeTx(db, () => {
    const changed = stmt(db, sql).run(...(trashed ? [now, now] : [now]), JSON.stringify(ids)).changes;
    reindex(db, 'sources', ids);
    return changed;
  });
}

export function addCitation(db: Db, a: { recordId: string; sourceId: string; start?: number | null; end?: number | null; quote?: string; note: string }): string {
  return writeTx(db, () => {
    if (!stmt(db, 'SELECT 1 FROM records WHERE id = ?').get(a.recordId)) throw new AppError('not-found', `no such record: ${a.recordId}`, 'recordId');
    const src = stmt(db, 'SELECT body FROM sources WHERE id = ?').get(a.sourceId) as { body: string } | undefined;
    if (!src) throw new AppError('not-found', `no such source: ${a.sourceId}`, 'sourceId');
    const { quote, start, end } = resolvePassage(src.body, a, 'end');
    const id = newId();
    const now = nowIso();
    stmt(db, 
      `INSERT INTO citations (id, record_id, source_id, quote, start_offset, end_offset, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, a.recordId, a.sourceId, quote, start, end, a.note, now, now);
    stmt(db, 'UPDATE records SET updated_at = ? WHERE id = ?').run(now, a.recordId);
    return id;
  });
}

export function removeCitation(db: Db, id: string): number {
  return stmt(db, 'DELETE FROM citations WHERE id = ?').run(id).changes;
}
