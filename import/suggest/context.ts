import { foldText } from '../text/fold';
import type { ParsedArticle, Span } from '../types';
import { SentenceIndex } from './sentences';

/** What every suggester reads: the body and title folded once, and the sentence boundaries. */
export interface SuggestContext {
  body: string;
  /** The body folded to simplified, same length: matching runs on this, spans slice `body`. */
  folded: string;
  title: string;
  foldedTitle: string;
  /** 'YYYY-MM-DD' of publication, when known. */
  published: string | null;
  sentences: SentenceIndex;
}

export function contextOf(article: ParsedArticle): SuggestContext {
  return {
    body: article.body,
    folded: foldText(article.body),
    title: article.title,
    foldedTitle: foldText(article.title),
    published: article.publishedAt?.slice(0, 10) ?? null,
    sentences: new SentenceIndex(article.body),
  };
}

export function spanOf(context: SuggestContext, start: number, end: number): Span {
  return { text: context.body.slice(start, end), start, end };
}

/** A span for something found only in the title. */
export function titleSpan(context: SuggestContext, start: number, end: number): Span {
  return { text: context.title.slice(start, end), start: -1, end: -1 };
}
