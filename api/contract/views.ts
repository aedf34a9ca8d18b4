import { z } from 'zod';
import { call } from '../define';
import { Precision, type RecordKind } from './common';
import { RecordFilter } from './filters';
import type { Target } from './records';

export const LANE_BY = ['chain', 'region', 'kind', 'actor'] as const;
export const LaneBy = z.enum(LANE_BY);
export type LaneBy = z.infer<typeof LaneBy>;

/**
 * Lanes that are not data (one per record kind, and the lane of records without
 * a tag) are named by a key of the common catalogue namespace, so each UI shows
 * them in its own language.
 */
export const LANE_LABEL_KEYS = ['kinds.meeting', 'kinds.plan', 'kinds.measure', 'lanes.untagged'] as const;
export type LaneLabelKey = (typeof LANE_LABEL_KEYS)[number];

export interface Lane {
  key: string;
  /** The lane's name when it is data (a chain, region or actor); null when labelKey names it instead. */
  label: string | null;
  labelKey?: LaneLabelKey;
  parentKey: string | null;
  depth: number;
  /** Items in this lane itself (not counting nested lanes). */
  count: number;
}
export const PRECISIONS = Precision.options;

/**
 * The drawable records of a timeline as columns: record i is entry i of each
 * array, in date order (ties by insertion). Numbers and codes instead of one
 * object per record keep a 100,000-record answer a few MB of JSON that the
 * renderer copies straight into typed arrays.
 */
export interface TimelineColumns {
  /** The record's row number: stable while it lives; views.timelineLabels turns it into an id and a title. */
  key: number[];
  /** Ids and titles, when asked for (`labels`); the screen asks for those it shows instead, in a second call. */
  id?: string[];
  title?: string[];
  /** First and last day covered (inclusive), as days since 1970-01-01 UTC. */
  firstDay: number[];
  lastDay: number[];
  /** Index into RECORD_KINDS. */
  kind: number[];
  /** Index into MEETING_KINDS; -1 when none. */
  subkind: number[];
  /** Index into PRECISIONS of the start date; of the end date, -1 when the record has no end (a range's ends may differ: 2023 → 2025-06). */
  precision: number[];
  endPrecision: number[];
  /** Index into STATUSES; -1 when none. */
  status: number[];
  /** Index in these columns of the record's plan (part-of link); -1 when it has none or the plan is not in this answer. */
  plan: number[];
  /**
   * Lanes of record i: laneIndex[laneStart[i]] up to laneIndex[laneStart[i + 1]], each an index into
   * TimelineResult.lanes (compressed rows: one flat array, count + 1 offsets).
   */
  laneStart: number[];
  laneIndex: number[];
}
/** Ids and titles for every record (asked with `labels`). */
export type TimelineLabels = Required<Pick<TimelineColumns, 'id' | 'title'>>;
export const hasLabels = (r: TimelineResult): r is TimelineResult & { items: TimelineLabels } => !!(r.items.id && r.items.title);

export interface TimelineResult {
  /** Parents before children, in tree order. */
  lanes: Lane[];
  items: TimelineColumns;
  /** Items matching the filter but without a date (not drawable). */
  undated: number;
  truncated: boolean;
}

/** Most labels per views.timelineLabels call: a screenful many times over. */
export const LABELS_MAX = 5000;

export const STAT_BY = ['kind', 'chain', 'region'] as const;
export interface StatRow {
  /** '2024', '2024-Q2' or '2024-06'; '2024~' counts records known only to the year when the period is finer (never placed in Q1 or January). */
  period: string;
  key: string;
  label: string;
  count: number;
}

/** A target with its latest progress observation (dashboard). */
export interface TargetRow extends Omit<Target, 'notes' | 'progress'> {
  recordId: string;
  recordTitle: string;
  recordKind: RecordKind;
  latestValue: number | null;
  latestOn: string | null;
  observations: number;
}

export const views = {
  timeline: call(
    z.strictObject({
      filter: RecordFilter.default({}),
      laneBy: LaneBy.default('chain'),
      /** Nest lanes by the trees' levels down to this depth (1 = top level only). */
      depth: z.number().int().min(1).max(3).default(2),
      limit: z.number().int().min(1).max(200000).default(200000),
      /** Ids and titles of every record as well: at 100,000 records they are three quarters of the answer. */
      labels: z.boolean().default(true),
      /** Ids and titles as well when at most this many records are shown, though `labels` is false. */
      labelsUpTo: z.number().int().min(0).max(200000).default(0),
    }),
  )<TimelineResult>(),
  /** Ids and titles of timeline records by key, in the order asked; null for a record gone since. */
  timelineLabels: call(z.strictObject({ keys: z.array(z.number().int().min(0)).max(LABELS_MAX) }))<{ id: (string | null)[]; title: (string | null)[] }>(),
  stats: call(
    z.strictObject({
      filter: RecordFilter.default({}),
      period: z.enum(['month', 'quarter', 'year']).default('quarter'),
      by: z.enum(STAT_BY).default('kind'),
      /** For chains and regions: count under the ancestor at this depth (1 = clusters / provinces). */
      depth: z.number().int().min(1).max(3).default(1),
    }),
  )<StatRow[]>(),
  /** Targets of the matching records with their latest progress, soonest deadline first. */
  targets: call(z.strictObject({ filter: RecordFilter.default({}), limit: z.number().int().min(1).max(5000).default(500) }))<{ total: number; rows: TargetRow[] }>(),
};
