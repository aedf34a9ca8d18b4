import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TimelineView } from '../../api/contract/export';
import { LANE_BY, type LaneBy } from '../../api/contract/views';
import { decodeView } from '../../api/print/view-url';
import { FilterBar } from '../screens/records/FilterBar';
import { useFilters } from '../state/filters';
import { applyView } from './current-view';
import { ExportPdf } from './ExportPdf';
import { ItemList } from './ItemList';
import { Legend } from './Legend';
import { SavedViews } from './SavedViews';
import { defaultOpen } from './layout/tracks';
import { useTimelineView } from './state/view';
import { useViewport } from './state/viewport';
import { TimelinePlot } from './TimelinePlot';
import './timeline.css';
import { useTimelineData } from './useTimelineData';

/**
 * A shared link (#/timeline?view=…) opens on its view, whether it loads the
 * app or arrives while the timeline is open (a fragment change does not
 * reload); the fragment is then tidied back to the plain route.
 */
function useSharedLink(): void {
  // Leaving the screen (to open a record, say) keeps the window to come back to; the lanes opened stay in their store.
  useEffect(
    () => () => {
      const sc = useViewport.getState().scale;
      if (sc) useTimelineView.getState().showWindow(sc.start, sc.start + sc.width / sc.pxPerDay);
    },
    [],
  );
  useEffect(() => {
    const take = () => {
      const m = /^#\/timeline\?(?:.*&)?view=([\w-]+)/.exec(location.hash);
      if (!m) return;
      const parsed = TimelineView.safeParse(decodeView(m[1]));
      if (parsed.success) applyView(parsed.data);
      history.replaceState(null, '', '#/timeline');
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, []);
}

/** Lane groupings are named like the record fields they group by. */
const LANE_FIELD = { chain: 'fields.chains', region: 'fields.regions', kind: 'fields.kind', actor: 'fields.actors' } as const satisfies Record<LaneBy, string>;

/**
 * The timeline screen: meetings as points, plans and measures as bars, in
 * lanes by chain, region, kind or actor, filtered like the records table.
 * Opening a record goes through open-record.ts (#/record/<id>).
 */
export function TimelineScreen() {
  const { t } = useTranslation('timeline');
  useSharedLink();
  const filter = useFilters((f) => f.filter);
  const { laneBy, depth, listOpen, setLaneBy, setOpen, toggleList } = useTimelineView();
  const data = useTimelineData(filter, laneBy, depth);
  const model = data.model;
  const parents = model ? model.lanes.filter((_, i) => model.children[i].length).map((l) => l.key) : [];
  // A lone root (全国) opens by itself on each load unless the user has opened lanes.
  useEffect(() => {
    if (model && useTimelineView.getState().open.length === 0) {
      const open = defaultOpen(model);
      if (open.length) setOpen(open);
    }
  }, [model, setOpen]);

  return (
    <section className="screen tl-screen" aria-labelledby="tl-title">
      <header className="screen-head tl-head">
        <h1 id="tl-title">{t('title')}</h1>
        <label className="tl-laneby">
          {t('laneBy')}
          <select value={laneBy} onChange={(e) => setLaneBy(e.target.value as LaneBy)}>
            {LANE_BY.map((k) => (
              <option key={k} value={k}>{t(LANE_FIELD[k])}</option>
            ))}
          </select>
        </label>
        {parents.length > 0 && (
          <>
            <button type="button" onClick={() => setOpen(parents)}>{t('expandAll')}</button>
            <button type="button" onClick={() => setOpen([])}>{t('collapseAll')}</button>
          </>
        )}
        <button type="button" aria-pressed={listOpen} onClick={toggleList}>{listOpen ? t('hideList') : t('list')}</button>
        <SavedViews />
        <ExportPdf />
        <span className="tl-status muted" role="status">
          {data.loading ? t('loading') : ''}
          {data.result?.undated ? ` ${t('undated', { count: data.result.undated })}` : ''}
          {data.result?.truncated ? ` ${t('truncated')}` : ''}
        </span>
      </header>
      <FilterBar />
      {data.error && <p className="error" role="alert">{data.error}</p>}
      {model && model.count === 0 && !data.loading && <p className="empty">{t('empty')}</p>}
      {model && model.count > 0 && <TimelinePlot model={model} />}
      {model && model.count > 0 && <Legend t={t} />}
      {model && listOpen && <ItemList model={model} />}
    </section>
  );
}
