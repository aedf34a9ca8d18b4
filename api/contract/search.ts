import { z } from 'zod';
import { call } from '../define';
import type { Highlight } from '../highlight';
import type { Precision, RecordKind } from './common';

export interface RecordHit {
  id: string;
  kind: RecordKind;
  title: Highlight;
  snippet: Highlight;
  dateStart: string | null;
  precision: Precision | null;
}
export interface SourceHit {
  id: string;
  title: Highlight;
  snippet: Highlight;
  outlet: string;
  publishedAt: string | null;
}
export interface SearchHits<H> {
  /** Hits in all, or the cap (10,000) when atLeast is set: a very common string is not counted to the end. */
  total: number;
  atLeast: boolean;
  hits: H[];
}
export interface SearchResult {
  query: string;
  records: SearchHits<RecordHit>;
  sources: SearchHits<SourceHit>;
}

export const search = {
  /** Chinese-aware: any substring of one character or more, simplified and traditional alike. */
  query: call(
    z.strictObject({
      query: z.string().trim().min(1, 'type something to search for').max(200),
      scope: z.enum(['all', 'records', 'sources']).default('all'),
      limit: z.number().int().min(1).max(500).default(20),
      offset: z.number().int().min(0).default(0),
    }),
  )<SearchResult>(),
};
