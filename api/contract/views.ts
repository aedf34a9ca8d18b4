import { z } from 'zod';
import { call } from '../define';
import type { Precision, RecordKind, Status } from './common';
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
export interface TimelineItem {
  id: string;
  kind: RecordKind;
  subkind: string | null;
  title: string;
  firstDay: string;
  lastDay: string;
  /** Precision of the start date; of the end date when the record has one (a range's ends may differ: 2023 → 2025-06). */
  precision: Precision;
  endPrecision?: Precision | null;
  status: Status | null;
  /** A measure's plan (part-of link), so the timeline can show it. */
  planId: string | null;
  lanes: string[];
}
export interface TimelineResult {
  lanes: Lane[];
  items: TimelineItem[];
  /** Items matching the filter but without a date (not drawable). */
  undated: number;
  truncated: boolean;
}

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
    }),
  )<TimelineResult>(),
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
