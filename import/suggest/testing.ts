import type { ParsedArticle } from '../types';
import { contextOf, type SuggestContext } from './context';

/** An article holding just a body, for suggester tests. */
export function articleOf(body: string, options: { title?: string; publishedAt?: string | null } = {}): ParsedArticle {
  const paragraphs = body.split('\n\n');
  return {
    format: 'txt', encoding: 'UTF-8', raw: body, title: options.title ?? '标题', titleProvisional: false, originalTitle: null, outlet: null, reporter: null, url: null,
    publishedAt: options.publishedAt ?? null, script: 'simplified', paragraphs, body,
  };
}

export function contextFor(body: string, options: { title?: string; publishedAt?: string | null } = {}): SuggestContext {
  return contextOf(articleOf(body, options));
}
