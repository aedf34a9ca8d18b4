import { trackAt, type Track } from './layout/tracks';
import { SCREEN_TRACKS } from './draw';
import { laneName } from './lane-name';
import { useTranslation } from 'react-i18next';
import { useTimelineView } from './state/view';
import { useViewport } from './state/viewport';

/** Labels kept above and below the visible ones, so a fast scroll does not show gaps. */
const OVERSCAN_PX = 600;

/**
 * Lane names beside the canvas, with open/close for parents and "all rows" for
 * crowded lanes. Only lanes near the visible part are in the DOM: lanes by
 * actor can number ten thousand.
 */
export function LaneLabels({ tracks, height }: { tracks: Track[]; height: number }) {
  const { t: s } = useTranslation('timeline');
  const toggleOpen = useTimelineView((v) => v.toggleOpen);
  const toggleFull = useTimelineView((v) => v.toggleFull);
  const scrollTop = useViewport((v) => v.scrollTop);
  const viewH = useViewport((v) => v.viewH);
  const first = Math.max(0, trackAt(tracks, Math.max(0, scrollTop - OVERSCAN_PX)));
  let last = first;
  while (last < tracks.length && tracks[last].y < scrollTop + viewH + OVERSCAN_PX) last++;
  return (
    <ul className="tl-lanes" aria-label={s('laneBy')} style={{ height }}>
      {tracks.slice(first, Math.max(last, first + 1)).map((t) => {
        const rows = t.packing.rows.length;
        const name = laneName(t, s);
        return (
          <li key={t.key} className={`tl-lane depth-${t.depth}${t.hasChildren ? ' parent' : ''}`} style={{ top: t.y, height: t.height }} data-lane={t.key}>
            <div className="tl-lane-head" style={{ paddingLeft: 6 + (t.depth - 1) * 14 }}>
              {t.hasChildren ? (
                <button type="button" className="tl-twisty" aria-expanded={t.open} aria-label={`${t.open ? s('collapse') : s('expand')} ${name}`} onClick={() => toggleOpen(t.key)}>
                  {t.open ? '▾' : '▸'}
                </button>
              ) : (
                <span className="tl-twisty-space" />
              )}
              <span className="tl-lane-name" title={name}>{name}</span>
              {!(t.open && t.packing.order.length === 0) && <span className="tl-lane-count">{s('items', { count: t.packing.order.length })}</span>}
            </div>
            {rows > SCREEN_TRACKS.cap && t.height > 40 && (
              <button type="button" className="tl-rows-toggle" aria-pressed={t.full} onClick={() => toggleFull(t.key)}>
                {t.full ? s('fewerRows') : s('showAllRows', { count: rows })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
