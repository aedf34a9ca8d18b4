import { contentFingerprint, LIMITS, suggest, type Lexicon, type ParsedArticle, type ParseError, type ParseResult, type Suggestions } from '../../import';

/** An article ready to store: what the parser found, its fingerprint and suggestions (its paragraphs are in `body`). */
export type Prepared =
  | { ok: true; article: Omit<ParsedArticle, 'paragraphs'>; fingerprint: string; suggestions: Suggestions }
  | { ok: false; error: ParseError };

/** The article's first LIMITS.suggestChars characters, cut at a paragraph end: offsets into it are offsets into the body. */
function lead(article: ParsedArticle): ParsedArticle {
  if (article.body.length <= LIMITS.suggestChars) return article;
  const cut = article.body.lastIndexOf('\n\n', LIMITS.suggestChars);
  return { ...article, body: article.body.slice(0, cut > 0 ? cut : LIMITS.suggestChars) };
}

/** Fingerprint and suggestions: the costly work after parsing, done where the parsing was (a worker, for files). */
export function prepare(parsed: ParseResult, lexicon: Lexicon): Prepared {
  if (!parsed.ok) return parsed;
  const { paragraphs: _paragraphs, ...article } = parsed.article;
  return { ok: true, article, fingerprint: contentFingerprint(parsed.article), suggestions: suggest(lead(parsed.article), lexicon) };
}
