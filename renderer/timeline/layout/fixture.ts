import { MEETING_KINDS, RECORD_KINDS, STATUSES, type MeetingKind, type Precision, type RecordKind, type Status } from '../../../api/contract/common';
import { PRECISIONS, type Lane, type TimelineResult } from '../../../api/contract/views';
import { dayOf } from './time';

/** A record as tests write it; timelineOf encodes a list of them as the API's columns. */
export interface FixtureItem {
  id: string;
  kind?: RecordKind;
  subkind?: MeetingKind | null;
  title?: string;
  firstDay: string;
  lastDay: string;
  precision?: Precision;
  endPrecision?: Precision | null;
  status?: Status | null;
  planId?: string | null;
  lanes: string[];
}

/** Test data for buildModel: items in the order given (not sorted), lanes by key. */
export function timelineOf(lanes: Lane[], items: FixtureItem[]): Pick<TimelineResult, 'lanes' | 'items'> {
  const laneAt = new Map(lanes.map((l, i) => [l.key, i]));
  const ids = items.map((it) => it.id);
  const laneStart = [0];
  const laneIndex: number[] = [];
  for (const it of items) {
    for (const k of it.lanes) if (laneAt.has(k)) laneIndex.push(laneAt.get(k)!);
    laneStart.push(laneIndex.length);
  }
  const code = <T extends string>(list: readonly T[], v: T | null | undefined) => (v == null ? -1 : list.indexOf(v));
  return {
    lanes,
    items: {
      key: items.map((_, i) => i + 1),
      id: ids,
      title: items.map((it) => it.title ?? it.id),
      firstDay: items.map((it) => dayOf(it.firstDay)),
      lastDay: items.map((it) => dayOf(it.lastDay)),
      kind: items.map((it) => code(RECORD_KINDS, it.kind ?? 'meeting')),
      subkind: items.map((it) => code(MEETING_KINDS, it.subkind)),
      precision: items.map((it) => code(PRECISIONS, it.precision ?? 'day')),
      endPrecision: items.map((it) => code(PRECISIONS, it.endPrecision)),
      status: items.map((it) => code(STATUSES, it.status)),
      plan: items.map((it) => (it.planId ? ids.indexOf(it.planId) : -1)),
      laneStart,
      laneIndex,
    },
  };
}
