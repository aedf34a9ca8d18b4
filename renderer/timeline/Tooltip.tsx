import type { TimelineModel } from './layout/model';
import type { Track } from './layout/tracks';
import { groupSummary, itemSummary } from './describe';
import { useHover } from './state/hover';
import { useViewport } from './state/viewport';
import { useTranslation } from 'react-i18next';
import { useLabels } from './labels';
import { useLang } from './lang';

/** The hover summary; positioned beside the pointer, flipped to stay inside the plot. */
export function Tooltip({ model, tracks, plotW }: { model: TimelineModel; tracks: Track[]; plotW: number }) {
  const { target, x, y } = useHover();
  const scale = useViewport((v) => v.scale);
  const { t } = useTranslation('timeline');
  const lang = useLang();
  useLabels(model, target?.type === 'item' ? [target.item] : []);
  // A target from before the lanes changed may point at rows that no longer exist.
  if (!target || !scale || !tracks[target.track]?.packing.rows[target.row]) return null;
  const left = x > plotW - 320 ? Math.max(0, x - 330) : x + 14;
  const style = { left, top: y + 16 };
  if (target.type === 'item') {
    const d = itemSummary(model, target.item, t, lang);
    return (
      <div className="tl-tooltip" style={style} role="tooltip">
        <div className="tl-tt-title">{d.title}</div>
        <div className="tl-tt-meta">{d.kind} · {d.dates}{d.status ? ` · ${d.status}` : ''}</div>
        {d.lanes && <div className="tl-tt-meta">{d.lanes}</div>}
        {d.plan && <div className="tl-tt-plan">{t('partOf')}：{d.plan}</div>}
      </div>
    );
  }
  const g = groupSummary(model, tracks, target, scale, t, lang);
  return (
    <div className="tl-tooltip" style={style} role="tooltip">
      <div className="tl-tt-title">{g.title}</div>
      <div className="tl-tt-meta">{g.dates}</div>
      {g.kinds && <div className="tl-tt-meta">{g.kinds}</div>}
      <div className="tl-tt-hint">{g.hint}</div>
    </div>
  );
}
