import type { Track } from './layout/tracks';
import { SCREEN_TRACKS } from './draw';
import { useStrings } from './lang';
import { useTimelineView } from './state/view';

/** Lane names beside the canvas, with open/close for parents and "all rows" for crowded lanes. */
export function LaneLabels({ tracks }: { tracks: Track[] }) {
  const s = useStrings();
  const toggleOpen = useTimelineView((v) => v.toggleOpen);
  const toggleFull = useTimelineView((v) => v.toggleFull);
  return (
    <ul className="tl-lanes" aria-label={s.laneBy}>
      {tracks.map((t) => {
        const rows = t.packing.rows.length;
        return (
          <li key={t.key} className={`tl-lane depth-${t.depth}${t.hasChildren ? ' parent' : ''}`} style={{ top: t.y, height: t.height }} data-lane={t.key}>
            <div className="tl-lane-head" style={{ paddingLeft: 6 + (t.depth - 1) * 14 }}>
              {t.hasChildren ? (
                <button type="button" className="tl-twisty" aria-expanded={t.open} aria-label={`${t.open ? s.collapse : s.expand} ${t.label}`} onClick={() => toggleOpen(t.key)}>
                  {t.open ? '▾' : '▸'}
                </button>
              ) : (
                <span className="tl-twisty-space" />
              )}
              <span className="tl-lane-name" title={t.label}>{t.label}</span>
              {!(t.open && t.packing.order.length === 0) && <span className="tl-lane-count">{s.items(t.packing.order.length)}</span>}
            </div>
            {rows > SCREEN_TRACKS.cap && t.height > 40 && (
              <button type="button" className="tl-rows-toggle" aria-pressed={t.full} onClick={() => toggleFull(t.key)}>
                {t.full ? s.fewerRows : s.showAllRows(rows)}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
