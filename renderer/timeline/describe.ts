import type { Target } from './draw';
import type { TimelineModel } from './layout/model';
import type { Track } from './layout/tracks';
import { dayAt, type Scale } from './layout/scale';
import { dayLabel, itemDates } from './format';
import type { TimelineStrings } from './strings';

/** The words for a record, shared by the tooltip, the screen-reader announcement and the text list. */
export function itemSummary(m: TimelineModel, i: number, s: TimelineStrings, lang: string) {
  const it = m.items[i];
  const planIdx = it.planId ? m.byId.get(it.planId) : undefined;
  return {
    title: it.title,
    kind: [s.kinds[it.kind], it.subkind ? s.subkinds[it.subkind] : null].filter(Boolean).join(' · '),
    // Only a date that is one vague month or year says so; a 2024–2026 plan simply runs those years.
    dates: itemDates(it, lang) + (m.vague[i] ? s.precision[it.precision] : ''),
    status: it.status ? s.statuses[it.status] : null,
    lanes: it.lanes.map((k) => m.lanes[m.laneOf.get(k) ?? -1]?.label).filter(Boolean).join('、'),
    plan: planIdx !== undefined ? m.items[planIdx].title : null,
  };
}

/** A sentence for the live region when keyboard focus lands on a record. */
export function announce(m: TimelineModel, tracks: Track[], f: { item: number; track: number }, position: number, s: TimelineStrings, lang: string): string {
  const d = itemSummary(m, f.item, s, lang);
  const parts = [d.kind, d.dates, d.title, d.status, d.plan ? `${s.partOf}：${d.plan}` : null, tracks[f.track]?.label, s.position(position + 1, tracks[f.track]?.packing.order.length ?? 0)];
  return parts.filter(Boolean).join('，');
}

/** Tooltip lines for a cluster or the overflow row: how many, when, of which kinds. */
export function groupSummary(m: TimelineModel, tracks: Track[], t: Exclude<Target, { type: 'item' }>, scale: Scale, s: TimelineStrings, lang: string) {
  const counts = [0, 0, 0];
  if (t.type === 'cluster') {
    const row = tracks[t.track].packing.rows[t.row];
    for (let p = t.mark.first; p <= t.mark.last; p++) counts[m.kind[row[p]]]++;
  }
  const kinds = t.type === 'cluster' ? (['meeting', 'plan', 'measure'] as const).map((k, i) => (counts[i] ? `${s.kinds[k]} ${counts[i]}` : '')).filter(Boolean).join(' · ') : '';
  return {
    title: t.type === 'cluster' ? s.cluster(t.mark.count) : s.overflow(t.mark.count),
    dates: `${dayLabel(dayAt(scale, Math.max(t.mark.x0, 0)), lang)} – ${dayLabel(dayAt(scale, Math.min(t.mark.x1, scale.width)), lang)}`,
    kinds,
    hint: t.type === 'cluster' ? s.clusterHint : s.overflowHint,
  };
}
