import type { TFunction } from 'i18next';
import { MEETING_KINDS, STATUSES } from '../../api/contract/common';
import { PRECISIONS } from '../../api/contract/views';
import type { Target } from './draw';
import { KINDS, lanesOfItem, type TimelineModel } from './layout/model';
import type { Track } from './layout/tracks';
import { dayAt, type Scale } from './layout/scale';
import { dayLabel, itemDates } from './format';
import { laneName } from './lane-name';

type T = TFunction<'timeline'>;

/** The words for a record, shared by the tooltip, the screen-reader announcement and the text list. */
export function itemSummary(m: TimelineModel, i: number, t: T, lang: string) {
  const precision = PRECISIONS[m.precision[i]];
  const subkind = m.subkind[i] < 0 ? null : MEETING_KINDS[m.subkind[i]];
  return {
    // '…' until the title has loaded (labels.ts).
    title: m.titles[i] ?? '…',
    kind: [t(`kinds.${KINDS[m.kind[i]]}`), subkind ? t(`subkinds.${subkind}`, { defaultValue: '' }) : null].filter(Boolean).join(' · '),
    // Only a date that is one vague month or year says so; a 2024–2026 plan simply runs those years.
    dates: itemDates(m.start[i], m.end[i] - 1, precision, lang) + (m.vague[i] && precision !== 'day' ? t(`precision.${precision}`) : ''),
    status: m.status[i] < 0 ? null : t(`statuses.${STATUSES[m.status[i]]}`),
    lanes: Array.from(lanesOfItem(m, i), (l) => laneName(m.lanes[l], t)).join('、'),
    plan: m.plan[i] >= 0 ? (m.titles[m.plan[i]] ?? '…') : null,
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
