import { z } from 'zod';
import { firstDay, lastDay } from '../dates';
import { because } from '../errors';
import { Id, NodeRef, PartialDate, RecordKind, Status } from './common';

/** The filters shared by the records table, timeline, dashboard and PDF export. */
export const RecordFilter = z
  .strictObject({
    kinds: z.array(RecordKind).optional(),
    /** Each chain includes its subtree; several chains match any of them. */
    chains: z.array(NodeRef).optional(),
    /** Each region includes its subtree (a province includes its cities). */
    regions: z.array(NodeRef).optional(),
    tags: z.array(z.string().min(1)).optional(),
    /** Several tags match records with any of them (the default) or only records with all of them. */
    tagMode: z.enum(['any', 'all']).optional(),
    actors: z.array(Id).optional(),
    statuses: z.array(Status).optional(),
    instruments: z.array(z.string().min(1)).optional(),
    /** Records whose date span overlaps [from, to]. */
    from: PartialDate.optional(),
    to: PartialDate.optional(),
    text: z.string().max(200).optional(),
  })
  .refine((f) => !f.from || !f.to || firstDay(f.from) <= lastDay(f.to), { message: 'from must not be after to', path: ['to'], ...because('from-after-to') });
export type RecordFilter = z.input<typeof RecordFilter>;
