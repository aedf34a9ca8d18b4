import { z } from 'zod';
import { call } from '../define';
import { Id, Page, PartialDate, type RecordKind } from './common';

export interface SourceRow {
  id: string;
  title: string;
  /** The article had no headline: the title was made from its first sentence or file name. */
  titleProvisional: boolean;
  outlet: string;
  publishedAt: string | null;
  script: string;
  citedBy: number;
  createdAt: string;
}
export interface SourceDetail extends SourceRow {
  originalTitle: string | null;
  reporter: string;
  url: string;
  body: string;
  format: string;
  encoding: string;
  fileName: string;
  notes: string;
  /** Suggestions found at import: dates, regions, chains, plans, targets, people … (see import/). */
  suggestions: unknown;
  citations: { id: string; recordId: string; recordTitle: string; recordKind: RecordKind; quote: string; start: number | null; end: number | null }[];
  updatedAt: string;
  deletedAt: string | null;
}

export const sources = {
  list: call(
    z.strictObject({
      text: z.string().max(200).optional(),
      from: PartialDate.optional(),
      to: PartialDate.optional(),
      sort: z.enum(['-published', 'published', '-created', 'title']).default('-published'),
      page: Page.default({ offset: 0, limit: 100 }),
    }),
  )<{ total: number; rows: SourceRow[] }>(),
  get: call(z.strictObject({ id: Id }))<SourceDetail>(),
  update: call(
    z.strictObject({
      id: Id,
      title: z.string().trim().min(1).max(500).optional(),
      outlet: z.string().max(200).optional(),
      reporter: z.string().max(200).optional(),
      url: z.string().max(2000).optional(),
      publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'must be YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]').nullable().optional(),
      notes: z.string().max(100000).optional(),
    }),
  )<SourceDetail>(),
  delete: call(z.strictObject({ ids: z.array(Id).min(1).max(100000) }))<{ deleted: number }>(),
  restore: call(z.strictObject({ ids: z.array(Id).min(1).max(100000) }))<{ restored: number }>(),
};

export const citations = {
  /** Cites a passage of a source in a record ("cite in…"). */
  add: call(
    z.strictObject({
      recordId: Id,
      sourceId: Id,
      start: z.number().int().min(0).nullish(),
      end: z.number().int().min(0).nullish(),
      quote: z.string().max(4000).optional(),
      note: z.string().max(2000).default(''),
    }),
  )<{ id: string }>(),
  remove: call(z.strictObject({ id: Id }))<{ removed: number }>(),
};
