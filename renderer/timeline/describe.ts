import type { TFunction } from 'i18next';
import type { Target } from './draw';
import type { TimelineModel } from './layout/model';
import type { Track } from './layout/tracks';
import { dayAt, type Scale } from './layout/scale';
import { dayLabel, itemDates } from './format';
import { laneName } from './lane-name';

type T = TFunction<'timeline'>;

/** The words for a record, shared by the tooltip, the screen-reader announcement and the text list. */
export function itemSummary(m: TimelineModel, i: number, t: T, lang: string) {
  const it = m.items[i];
  const planIdx = it.planId ? m.byId.get(it.planId) : undefined;
  return {
    title: it.title,
    kind: [t(`kinds.${it.kind}`), it.subkind ? t(`subkinds.${it.subkind}`, { defaultValue: '' }) : null].filter(Boolean).join(' · '),
    // Only a date that is one vague month or year says so; a 2024–2026 plan simply runs those years.
    dates: itemDates(it, lang) + (m.vague[i] && it.precision !== 'day' ? t(`precision.${it.precision}`) : ''),
    status: it.status ? t(`statuses.${it.status}`) : null,
    lanes: it.lanes.map((k) => m.lanes[m.laneOf.get(k) ?? -1]).filter(Boolean).map((l) => laneName(l, t)).join('、'),
    plan: planIdx !== undefined ? m.items[planIdx].title : null,
  };
}

/** A sentence for the live region when keyboard focus lands on a record. */
export function announce(m: TimelineModel, tracks: Track[], f: { item: number; track: number }, position: number, t: T, lang: string): string {
  const d = itemSummary(m, f.item, t, lang);
  const track = tracks[f.track];
  const parts = [
    d.kind, d.dates, d.title, d.status, d.plan ? `${t('partOf')}：${d.plan}` : null, track ? laneName(track, t) : null,
    t('position', { k: position + 1, n: track?.packing.order.length ?? 0 }),
  ];
  return parts.filter(Boolean).join('，');
}

/** Tooltip lines for a cluster or the overflow row: how many, when, of which kinds. */
export function groupSummary(m: TimelineModel, tracks: Track[], g: Exclude<Target, { type: 'item' }>, scale: Scale, t: T, lang: string) {
  const counts = [0, 0, 0];
  if (g.type === 'cluster') {
    const row = tracks[g.track].packing.rows[g.row];
    for (let p = g.mark.first; p <= g.mark.last; p++) counts[m.kind[row[p]]]++;
  }
  const kinds = g.type === 'cluster' ? (['meeting', 'plan', 'measure'] as const).map((k, i) => (counts[i] ? `${t(`kinds.${k}`)} ${counts[i]}` : '')).filter(Boolean).join(' · ') : '';
  return {
    title: g.type === 'cluster' ? t('cluster', { count: g.mark.count }) : t('overflow', { count: g.mark.count }),
    dates: `${dayLabel(dayAt(scale, Math.max(g.mark.x0, 0)), lang)} – ${dayLabel(dayAt(scale, Math.min(g.mark.x1, scale.width)), lang)}`,
    kinds,
    hint: g.type === 'cluster' ? t('clusterHint') : t('overflowHint'),
  };
}
