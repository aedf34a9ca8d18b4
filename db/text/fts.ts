import { fold } from './fold';

// FTS5's unicode61 tokenizer sees whole CJK runs as one token, and trigram
// needs three characters. So we tokenize ourselves: CJK runs become single
// characters (uni) and overlapping bigrams (bi); other letters and digits stay
// words. A 1-character query looks up uni; longer ones are a phrase of bigrams,
// which matches exactly the substring and is far more selective than characters.
const HAN = /\p{Script=Han}/u;
// Han characters are letters too: the word alternative must exclude them, or
// "2023年河南省…" would become one token and 河南 would never match it.
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

export interface FtsText {
  uni: string;
  bi: string;
}

export function ftsColumns(text: string): FtsText {
  const uni: string[] = [];
  const bi: string[] = [];
  for (const m of fold(text).matchAll(RUN)) {
    if (m[1]) {
      const chars = [...m[1]];
      uni.push(...chars);
      for (let i = 0; i + 1 < chars.length; i++) bi.push(chars[i] + chars[i + 1]);
    } else {
      uni.push(m[2]);
      bi.push(m[2]);
    }
  }
  return { uni: uni.join(' '), bi: bi.join(' ') };
}

export type Column = 'title' | 'body';

function termQuery(term: string, columns: Column[]): string | null {
  const parts = [...term.matchAll(RUN)];
  if (parts.length === 0) return null;
  if (parts.length === 1 && parts[0][1] && [...parts[0][1]].length === 1) {
    return `{${columns.map((c) => `${c}_uni`).join(' ')}} : "${parts[0][1]}"`;
  }
  if (parts.length === 1 && parts[0][2]) {
    return `{${columns.map((c) => `${c}_uni`).join(' ')}} : "${parts[0][2]}" *`;
  }
  const tokens = ftsColumns(term).bi.split(' ').filter(Boolean);
  // A lone CJK character between other runs has no bigram: fall back to uni for the whole term.
  const lone = parts.some((p) => p[1] && [...p[1]].length === 1);
  if (lone) {
    const uni = ftsColumns(term).uni;
    return `{${columns.map((c) => `${c}_uni`).join(' ')}} : "${uni}"`;
  }
  return `{${columns.map((c) => `${c}_bi`).join(' ')}} : "${tokens.join(' ')}"`;
}

/** Builds an FTS5 MATCH expression: every whitespace-separated term must occur. Null when nothing searchable. */
export function ftsQuery(query: string, columns: Column[] = ['title', 'body']): string | null {
  const terms = fold(query)
    .split(/\s+/)
    .map((t) => termQuery(t, columns))
    .filter((t): t is string => t !== null);
  return terms.length ? terms.map((t) => `(${t})`).join(' AND ') : null;
}

/** The folded search terms, for locating hits in original text (same length as folded text). */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
}

export const isHan = (ch: string): boolean => HAN.test(ch);
