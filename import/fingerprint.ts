import { createHash } from 'node:crypto';
import { foldText } from './text/fold';
import type { ParsedArticle } from './types';

/**
 * Identity of an article's text regardless of charset, script, format and layout: the body folded
 * to simplified characters and NFKC width, with whitespace, punctuation and symbols removed.
 */
export function normalisedForFingerprint(body: string): string {
  return foldText(body).normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

export function contentFingerprint(article: ParsedArticle): string {
  return createHash('sha256').update(normalisedForFingerprint(article.body)).digest('hex');
}
