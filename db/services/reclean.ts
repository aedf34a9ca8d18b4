import type { RecleanResult } from '../../api/contract/sources';
import { AppError } from '../../api/errors';
import type { ParseResult } from '../../import';
import { parseHtml } from '../../import/parsers/html';
import { parseMarkdown } from '../../import/parsers/markdown';
import { parseTxt } from '../../import/parsers/txt';
import type { Db } from '../connection';
import { nowIso } from '../ids';
import { stmt } from '../stmt';
import { fold } from '../text/fold';
import { unpackOriginal } from '../text/original';
import { writeTx } from '../tx';
import { indexSource } from './fts-sync';
import { prepare } from './import-prepare';
import { lexiconOf } from './lexicon';
import { resolvePassage } from './passage';

/**
 * The stored original through the current cleaning rules. Word and PDF
 * originals are kept as the text extracted from them, so they are cleaned as
 * text; HTML and Markdown go through their own parsers again.
 */
export function reparse(raw: string, format: string, encoding: string, fileName: string): ParseResult {
  if (format === 'html') return parseHtml(raw, encoding, fileName);
  if (format === 'md') return parseMarkdown(raw, encoding, fileName);
  return parseTxt(raw, encoding, fileName);
}

/** Every start of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/**
 * Where a quote is in the new body: found as it was written (resolvePassage),
 * else in the folded text (the same offsets: folding keeps lengths), so a
 * change of script or width does not lose it. Of several places, the one
 * nearest where it was, in proportion to the body's length.
 */
export function reanchor(body: string, folded: string, quote: string, was: { start: number | null; bodyChars: number }): { start: number; end: number } | null {
  if (!quote) return null;
  const first = resolvePassage(body, { quote }, 'quote');
  let at = first.start != null ? occurrences(body, quote) : occurrences(folded, fold(quote));
  if (!at.length) return null;
  if (at.length > 1 && was.start != null && was.bodyChars > 0) {
    const aim = (was.start / was.bodyChars) * body.length;
    at = [...at].sort((a, b) => Math.abs(a - aim) - Math.abs(b - aim));
  }
  return { start: at[0]!, end: at[0]! + quote.length };
}

/**
 * Cleans a source again from its stored original, in one transaction: the new
 * body and suggestions replace the old, every citation of the source (of live
 * and trashed records alike) is re-anchored by its quote, and a citation whose
 * quote is gone keeps the quote, loses its offsets and is flagged, never
 * dropped. The old body is kept in the source's history. The metadata a
 * researcher may have corrected (title, outlet, date …) is left alone.
 */
export function recleanSource(db: Db, id: string): RecleanResult {
  const row = stmt(db, 'SELECT id, title, body, raw, format, encoding, file_name AS fileName, fingerprint, updated_at AS updatedAt FROM sources WHERE id = ?').get(id) as
    | { id: string; title: string; body: string; raw: unknown; format: string; encoding: string; fileName: string; fingerprint: string | null; updatedAt: string }
    | undefined;
  const src = row && { ...row, raw: unpackOriginal(row.raw) };
  if (!src) throw new AppError('not-found', `no such source: ${id}`, 'id');
  if (!src.raw.trim()) throw new AppError('invalid-argument', 'this source has no stored original to clean again', 'id', { reason: 'not-allowed' });
  const prepared = prepare(reparse(src.raw, src.format, src.encoding, src.fileName || src.title), lexiconOf(db));
  if (!prepared.ok) throw new AppError('invalid-argument', `the original could not be cleaned: ${prepared.error.message}`, 'id', { reason: 'invalid' });
  const body = prepared.article.body;
  const result: RecleanResult = { id, title: src.title, changed: body !== src.body, bodyChars: { from: src.body.length, to: body.length }, reanchored: 0, unanchored: [] };
  if (!result.changed) return result;
  return writeTx(db, () => {
    const now = nowIso();
    const folded = fold(body);
    const cites = stmt(
      db,
      `SELECT c.id, c.record_id AS recordId, r.title AS recordTitle, c.quote, c.start_offset AS start
       FROM citations c JOIN records r ON r.id = c.record_id WHERE c.source_id = ? ORDER BY c.start_offset`,
    ).all(id) as { id: string; recordId: string; recordTitle: string; quote: string; start: number | null }[];
    const setAt = stmt(db, 'UPDATE citations SET start_offset = ?, end_offset = ?, unanchored_at = NULL, updated_at = ? WHERE id = ?');
    const lose = stmt(db, 'UPDATE citations SET start_offset = NULL, end_offset = NULL, unanchored_at = coalesce(unanchored_at, ?), updated_at = ? WHERE id = ?');
    for (const c of cites) {
      const at = reanchor(body, folded, c.quote, { start: c.start, bodyChars: src.body.length });
      if (at) {
        setAt.run(at.start, at.end, now, c.id);
        result.reanchored++;
      } else {
        lose.run(now, now, c.id);
        result.unanchored.push({ id: c.id, recordId: c.recordId, recordTitle: c.recordTitle, quote: c.quote });
      }
    }
    // The fingerprint follows the new cleaning unless another stored article already has it.
    const fp = prepared.fingerprint;
    const takenFp = fp !== src.fingerprint && !!stmt(db, 'SELECT 1 FROM sources WHERE fingerprint = ?').get(fp);
    stmt(db, 'UPDATE sources SET body = ?, suggestions = ?, fingerprint = ?, updated_at = ? WHERE id = ?').run(
      body, JSON.stringify(prepared.suggestions), takenFp ? src.fingerprint : fp, now, id,
    );
    stmt(db, 'INSERT INTO source_versions (source_id, saved_at, replaced_at, reason, data) VALUES (?, ?, ?, ?, ?)').run(
      id, src.updatedAt, now, 'reclean',
      JSON.stringify({ from: { body: src.body }, to: { bodyChars: body.length }, reanchored: result.reanchored, unanchored: result.unanchored.length }),
    );
    indexSource(db, id);
    return result;
  });
}

/** Ids of the live sources that keep an original to clean again. */
export function recleanableSources(db: Db): string[] {
  return (stmt(db, `SELECT id FROM sources WHERE deleted_at IS NULL AND raw <> '' ORDER BY seq`).all() as { id: string }[]).map((r) => r.id);
}
