import { z } from 'zod';
import { call } from '../define';
import { because } from '../errors';
import { firstDay, lastDay } from '../dates';
import { parseDateRange } from '../dates-parse';
import {
  ActorKind, Id, Level, MeetingKind, NodeRef, Page, PartialDate, Precision, RecordKind, Relation, Role, Status,
  type NodeName,
} from './common';
import { RecordFilter } from './filters';

const Text = (max: number) => z.string().max(max).default('');

/** A date, or a range written in one field (2024—2026年, 2024年6月至2025年3月). */
const DateOrRange = z.string().transform((s, ctx): { start: string; end: string | null } => {
  const range = parseDateRange(s);
  if (range) return range;
  const one = PartialDate.safeParse(s);
  if (one.success) return { start: one.data, end: null };
  ctx.addIssue({ code: 'custom', message: one.error.issues[0].message, ...because('not-a-date') });
  return z.NEVER;
});

export const TargetProgressInput = z.strictObject({
  id: Id.optional(),
  observedOn: PartialDate,
  value: z.number().finite(),
  sourceId: Id.nullish(),
  note: Text(2000),
});

export const TargetInput = z.strictObject({
  id: Id.optional(),
  metric: z.string().trim().min(1, 'a target needs a metric').max(300),
  value: z.number().finite().nullish(),
  unit: Text(40),
  deadline: PartialDate.nullish(),
  scope: Text(300),
  baseline: z.number().finite().nullish(),
  notes: Text(4000),
  progress: z.array(TargetProgressInput).default([]),
});

export const CitationInput = z
  .strictObject({
    id: Id.optional(),
    sourceId: Id,
    quote: Text(4000),
    start: z.number().int().min(0).nullish(),
    end: z.number().int().min(0).nullish(),
    note: Text(2000),
  })
  .refine((c) => (c.start == null) === (c.end == null) && (c.start == null || c.end! >= c.start), {
    message: 'start and end must be given together, end not before start',
    ...because('offsets-pair'),
    path: ['end'],
  });

export const RecordInput = z
  .strictObject({
    id: Id.optional(),
    kind: RecordKind,
    subkind: MeetingKind.nullish(),
    title: z.string().trim().min(1, 'a title is required').max(500),
    summary: Text(20000),
    dateStart: PartialDate.nullish(),
    /** Short form of dateStart for a one-day (or one-month, one-year) record, or of both ends for a range (2024—2026年). */
    date: DateOrRange.nullish(),
    dateEnd: PartialDate.nullish(),
    issuedOn: PartialDate.nullish(),
    place: Text(200),
    level: Level.nullish(),
    hostBody: Text(300),
    status: Status.nullish(),
    instrument: z.string().min(1).max(40).nullish(),
    amount: z.strictObject({ value: z.number().finite(), unit: z.string().trim().min(1).max(20) }).nullish(),
    docNumber: Text(200),
    notes: Text(100000),
    chains: z.array(NodeRef).max(200).default([]),
    regions: z.array(NodeRef).max(200).default([]),
    tags: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
    actors: z.array(z.strictObject({ id: Id.optional(), actorId: Id, role: Role, post: Text(300) })).default([]),
    targets: z.array(TargetInput).default([]),
    /** Outgoing links: this record is announced at / part of / implements … the other. */
    links: z.array(z.strictObject({ id: Id.optional(), relation: Relation, toId: Id })).default([]),
    citations: z.array(CitationInput).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.date && r.dateStart && r.date.start !== r.dateStart) ctx.addIssue({ code: 'custom', path: ['date'], message: 'give date or dateStart, not both', ...because('date-twice') });
    if (r.date?.end && r.dateEnd && r.date.end !== r.dateEnd) ctx.addIssue({ code: 'custom', path: ['date'], message: 'the range in date and dateEnd disagree', ...because('date-twice') });
    const end = r.dateEnd ?? r.date?.end;
    if (end && !(r.dateStart ?? r.date)) ctx.addIssue({ code: 'custom', path: ['dateStart'], message: 'an end date needs a start date', ...because('end-needs-start') });
    const start = r.dateStart ?? r.date?.start;
    if (end && start && lastDay(end) < firstDay(start))
      ctx.addIssue({ code: 'custom', path: ['dateEnd'], message: 'the end date is before the start date', ...because('end-before-start') });
    if (r.kind !== 'meeting' && r.subkind) ctx.addIssue({ code: 'custom', path: ['subkind'], message: 'only meetings have a sub-kind', ...because('meeting-only') });
    if (r.kind === 'meeting' && r.status) ctx.addIssue({ code: 'custom', path: ['status'], message: 'meetings have no status', ...because('not-for-meetings') });
    if (r.kind === 'meeting' && r.targets.length)
      ctx.addIssue({ code: 'custom', path: ['targets'], message: 'targets belong to plans and measures', ...because('not-for-meetings') });
    if (r.kind !== 'measure' && r.instrument)
      ctx.addIssue({ code: 'custom', path: ['instrument'], message: 'only measures have an instrument type', ...because('measure-only') });
  })
  .transform(({ date, ...r }) => ({ ...r, dateStart: date?.start ?? r.dateStart, dateEnd: date?.end ?? r.dateEnd }));
export type RecordInput = z.input<typeof RecordInput>;

export const RecordSort = z.enum(['date', '-date', 'title', '-title', 'kind', '-kind', 'updated', '-updated', 'sources', '-sources']);

export interface TargetProgress {
  id: string;
  observedOn: string;
  value: number;
  sourceId: string | null;
  note: string;
}
export interface Target {
  id: string;
  metric: string;
  value: number | null;
  unit: string;
  deadline: string | null;
  scope: string;
  baseline: number | null;
  notes: string;
  progress: TargetProgress[];
}
export interface RecordLink {
  id: string;
  relation: Relation;
  /** 'out': this record → other (e.g. this measure is part of that plan); 'in': other → this. */
  direction: 'out' | 'in';
  otherId: string;
  otherTitle: string;
  otherKind: RecordKind;
}
export interface RecordActor {
  id: string;
  actorId: string;
  name: string;
  actorKind: ActorKind;
  role: Role;
  post: string;
}
export interface Citation {
  id: string;
  sourceId: string;
  sourceTitle: string;
  outlet: string;
  publishedAt: string | null;
  quote: string;
  start: number | null;
  end: number | null;
  note: string;
}
export interface RecordRow {
  id: string;
  kind: RecordKind;
  subkind: MeetingKind | null;
  title: string;
  dateStart: string | null;
  dateEnd: string | null;
  precision: Precision | null;
  status: Status | null;
  chains: NodeName[];
  regions: NodeName[];
  sourceCount: number;
  updatedAt: string;
}
export interface RecordDetail extends Omit<RecordRow, 'sourceCount'> {
  summary: string;
  issuedOn: string | null;
  place: string;
  level: Level | null;
  hostBody: string;
  instrument: string | null;
  amount: { value: number; unit: string } | null;
  docNumber: string;
  notes: string;
  tags: string[];
  actors: RecordActor[];
  targets: Target[];
  links: RecordLink[];
  citations: Citation[];
  createdAt: string;
  deletedAt: string | null;
}
export const VERSION_REASONS = ['edit', 'replace', 'restore', 'merge'] as const;
/** What replaced a version: an edit (editor, API), a replace from the command line, a restore of an older version, a bundle merge (the losing side's version). */
export type VersionReason = (typeof VERSION_REASONS)[number];

/** An earlier version of a record, whole, in the form a save takes. */
export interface RecordVersion {
  seq: number;
  /** When this version was saved, and when the next one replaced it. */
  savedAt: string;
  replacedAt: string;
  reason: VersionReason;
  title: string;
  /** Fields (record input names: title, dateStart, targets…) the next version changed. */
  changed: string[];
  record: RecordInput & { id: string };
}

export interface RecordPage {
  total: number;
  rows: RecordRow[];
}

export const records = {
  list: call(z.strictObject({ filter: RecordFilter.default({}), sort: RecordSort.default('-date'), page: Page.default({ offset: 0, limit: 100 }) }))<RecordPage>(),
  get: call(z.strictObject({ id: Id }))<RecordDetail>(),
  /** Ids of every record matching a filter, for "select all matching" and bulk actions (renderer). */
  ids: call(z.strictObject({ filter: RecordFilter.default({}) }))<string[]>(),
  /** Creates (no id, or an id not yet used) or replaces a record with all its parts, in one transaction. */
  save: call(
    z.strictObject({
      record: RecordInput,
      createTags: z.boolean().default(false),
      /** What the replaced version is marked with in the history when the id exists: an edit, or a replace of the whole record from a file. */
      reason: z.enum(['edit', 'replace']).default('edit'),
    }),
  )<RecordDetail>(),
  /** Earlier versions of a record, newest first. */
  history: call(z.strictObject({ id: Id }))<RecordVersion[]>(),
  /** Brings an earlier version back (the current one goes to the history first). */
  restoreVersion: call(z.strictObject({ id: Id, seq: z.number().int().min(1) }))<RecordDetail>(),
  delete: call(z.strictObject({ ids: z.array(Id).min(1).max(100000) }))<{ deleted: number }>(),
  restore: call(z.strictObject({ ids: z.array(Id).min(1).max(100000) }))<{ restored: number }>(),
  tag: call(
    z.strictObject({ ids: z.array(Id).min(1).max(100000), add: z.array(z.string().trim().min(1).max(100)).default([]), remove: z.array(z.string().trim().min(1)).default([]) }),
  )<{ changed: number }>(),
};
