import { collect, makeDraft } from './draft';
import { say, type Said } from './messages';
import { dayOfText, noteText, utf8File } from './text';
import type { EntryError, ExchangeParse, SourceDraft } from './types';

// RIS, as Zotero ("Export… › RIS"), EndNote and citation-js write it: one
// "TAG  - value" per line, each entry from TY to ER. Read here rather than
// with citation-js's RIS input, which reads a newspaper article's (TY NEWS)
// authors as reporters, drops its full date (DA) and cannot say on which line
// a file is broken. A line that is neither a tag nor blank continues the
// value above it (writers wrap long abstracts); a line that looks like a tag
// but is not written as one ("T1 - …", "ti  - …") is an error, never glued
// onto the value above.

const TAG = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;
const TAG_LIKE = /^\s*[A-Za-z][A-Za-z0-9]\s*-{1,2}(\s|$)/;

type Tags = Map<string, string[]>;

function readEntry(tags: Tags, n: number, line: number): SourceDraft | EntryError {
  const first = (...names: string[]) => names.map((t) => tags.get(t)?.find((v) => v.trim())).find(Boolean)?.trim();
  const all = (...names: string[]) => names.flatMap((t) => tags.get(t) ?? []);
  const id = first('ID');
  const entry = id ? `entry ${n} (${id})` : `entry ${n}`;
  const date = first('DA', 'PY', 'Y1');
  return makeDraft(entry, line, {
    id,
    title: first('TI', 'T1', 'CT', 'BT'),
    outlet: first('T2', 'JO', 'JF', 'JA', 'J2', 'PB') ?? '',
    authors: all('AU', 'A1'),
    date: date ? dayOfText(date) : null,
    url: first('UR', 'L2') ?? '',
    notes: all('N1').map(noteText),
    body: all('AB', 'N2'),
    language: first('LA'),
  });
}

export function parseRis(bytes: Uint8Array): ExchangeParse {
  const text = utf8File(bytes);
  if (typeof text !== 'string') return { records: [], errors: [text] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (!lines.some((l) => l.trim())) return { records: [], errors: [{ entry: 'file', ...say('empty-file') }] };
  const at = (entry: number, line: number, said: Said): EntryError => ({ entry: `entry ${entry}`, line, ...said });
  const results: (SourceDraft | EntryError)[] = [];
  let cur: { tags: Tags; n: number; line: number; last: string | null; broken: EntryError | null } | null = null;
  let n = 0;
  // Lines outside any entry are reported once per run, not once per line.
  let stray = false;
  for (const [i, raw] of lines.entries()) {
    const lineNo = i + 1;
    const l = raw.replace(/\s+$/, '');
    const m = TAG.exec(l);
    if (!cur) {
      if (!l.trim()) continue;
      if (m?.[1] === 'TY') {
        stray = false;
        n++;
        cur = { tags: new Map([['TY', [m[2] ?? '']]]), n, line: lineNo, last: 'TY', broken: null };
        if (!m[2]?.trim()) cur.broken = at(n, lineNo, say('ty-no-type', { line: lineNo }));
      } else if (!stray) {
        stray = true;
        results.push(at(n + 1, lineNo, say('outside-entry', { line: lineNo, text: l.slice(0, 40) })));
      }
      continue;
    }
    if (m) {
      const [, tag, value = ''] = m;
      if (tag === 'TY') {
        cur.broken ??= at(cur.n, cur.line, say('ty-before-er', { line: lineNo }));
      }
      if (tag === 'ER') {
        results.push(cur.broken ?? readEntry(cur.tags, cur.n, cur.line));
        cur = null;
        continue;
      }
      const list = cur.tags.get(tag!) ?? [];
      list.push(value);
      cur.tags.set(tag!, list);
      cur.last = tag!;
    } else if (TAG_LIKE.test(l)) {
      cur.broken ??= at(cur.n, lineNo, say('broken-tag', { line: lineNo, text: l.slice(0, 40) }));
    } else if (l.trim() && cur.last) {
      const list = cur.tags.get(cur.last)!;
      list[list.length - 1] = `${list[list.length - 1]}\n${l.trim()}`;
    }
  }
  if (cur) results.push(cur.broken ?? at(cur.n, cur.line, say('not-closed', { line: cur.line })));
  return collect(results);
}
