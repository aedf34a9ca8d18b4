import { fold } from './fold';

// FTS5's unicode61 tokenizer sees a whole CJK run as one token, and trigram
// needs three characters, so we tokenize ourselves (see 0001_init.sql):
// `tok` holds single characters and bigrams (plus words of other scripts) for
// one-token lookups; `bi` holds bigrams in order, so a longer query is a
// phrase of overlapping bigrams: exactly the substring, and selective.
const HAN = /\p{Script=Han}/u;
// Han characters are letters too: the word alternative must exclude them, or
// "2023年河南省…" would become one token and 河南 would never match it.
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
const WORD = /[\p{L}\p{N}]/u;

// What each character is, for splitting an article into runs: 1 Han, 2 other
// letter or digit, 0 neither. Looked up per character rather than matched with
// RUN, whose repetition overflowed the regex stack on a run of a few million.
const BMP_KIND = new Uint8Array(0x10000).fill(255);
function kindOf(ch: string): number {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (code >= 0 && BMP_KIND[code] !== 255) return BMP_KIND[code]!;
  const kind = HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 0;
  if (code >= 0) BMP_KIND[code] = kind;
  return kind;
}

/** The runs of Han characters (kind 1) and of other letters and digits (kind 2), in order. */
function* runs(text: string): Generator<[string, number]> {
  let start = 0;
  let current = 0;
  for (let i = 0; i < text.length; ) {
    const width = i + 1 < text.length && text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    const kind = kindOf(text.slice(i, i + width));
    if (kind !== current) {
      if (current) yield [text.slice(start, i), current];
      start = i;
      current = kind;
    }
    i += width;
  }
  if (current) yield [text.slice(start), current];
}

export interface FtsText {
  tok: string;
  bi: string;
}

// Tokens are gathered a few thousand at a time and joined into flat pieces: an
// array holding one small string per token cost ~70 bytes a character of text,
// which made indexing a long article need gigabytes.
const PIECE = 4096;

class Joined {
  constructor(private readonly wanted = true) {}
  private pieces: string[] = [];
  private tokens: string[] = [];
  push(token: string): void {
    if (!this.wanted) return;
    this.tokens.push(token);
    if (this.tokens.length >= PIECE) this.flush();
  }
  private flush(): void {
    if (this.tokens.length) this.pieces.push(this.tokens.join(' '));
    this.tokens = [];
  }
  text(): string {
    this.flush();
    return this.pieces.join(' ');
  }
}

/** Both columns, or only one (`only`): a long article is indexed one column at a time, so only one is held at once. */
export function ftsColumns(text: string, only?: keyof FtsText): FtsText {
  const tok = new Joined(only !== 'bi');
  const bi = new Joined(only !== 'tok');
  for (const [run, kind] of runs(fold(text))) {
    if (kind === 1) {
      // Characters first, then bigrams, by code point: Han extension B and beyond are surrogate pairs.
      const at = (i: number) => (i + 1 < run.length && run.charCodeAt(i) >= 0xd800 && run.charCodeAt(i) <= 0xdbff ? 2 : 1);
      let count = 0;
      for (let i = 0; i < run.length; i += at(i), count++) tok.push(run.slice(i, i + at(i)));
      // A one-character run has no bigram; it stands for itself so mixed phrases ("a股") still match.
      if (count === 1) bi.push(run);
      for (let i = 0; i < run.length; ) {
        const next = i + at(i);
        if (next >= run.length) break;
        const pair = run.slice(i, next + at(next));
        tok.push(pair);
        bi.push(pair);
        i = next;
      }
    } else {
      tok.push(run);
      bi.push(run);
    }
  }
  return { tok: tok.text(), bi: bi.text() };
}

export type Column = 'title' | 'body';
export type FtsKind = 'records' | 'sources';

/** One query term, routed to the table that answers it best. */
export interface TermMatch {
  table: 'tok' | 'fts';
  match: string;
}

function termMatch(term: string, columns: Column[]): TermMatch | null {
  const parts = [...term.matchAll(RUN)];
  if (parts.length === 0) return null;
  const cols = `{${columns.join(' ')}}`;
  if (parts.length === 1 && parts[0][1] && [...parts[0][1]].length <= 2) return { table: 'tok', match: `${cols} : "${parts[0][1]}"` };
  if (parts.length === 1 && parts[0][2]) return { table: 'tok', match: `${cols} : "${parts[0][2]}" *` };
  return { table: 'fts', match: `${cols} : "${ftsColumns(term).bi}"` };
}

/** The query's terms (split on white space; all must occur), each routed to its table. */
export function termMatches(query: string, columns: Column[] = ['title', 'body']): TermMatch[] {
  return fold(query)
    .split(/\s+/)
    .map((t) => termMatch(t, columns))
    .filter((t): t is TermMatch => t !== null);
}

export interface RowidSet {
  /** A SELECT of rowids (the base table's seq) matching every term. */
  sql: string;
  params: string[];
  /** Set when the whole query is answered by one FTS table: it can then be ranked with bm25. */
  single: TermMatch | null;
}

/** SQL selecting the seqs of live rows matching a query; null when the query has nothing searchable. */
export function rowidSet(kind: FtsKind, query: string, columns: Column[] = ['title', 'body']): RowidSet | null {
  const terms = termMatches(query, columns);
  if (!terms.length) return null;
  const byTable = new Map<string, string[]>();
  for (const t of terms) byTable.set(t.table, [...(byTable.get(t.table) ?? []), `(${t.match})`]);
  const parts = [...byTable.entries()].map(([table, ms]) => ({ sql: `SELECT rowid FROM ${kind}_${table} WHERE ${kind}_${table} MATCH ?`, param: ms.join(' AND ') }));
  return {
    sql: parts.map((p) => p.sql).join(' INTERSECT '),
    params: parts.map((p) => p.param),
    single: parts.length === 1 ? { table: [...byTable.keys()][0] as TermMatch['table'], match: parts[0].param } : null,
  };
}

/** The folded search terms, for locating hits in original text (same length as folded text). */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
}

export const isHan = (ch: string): boolean => HAN.test(ch);
