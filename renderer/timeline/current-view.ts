import type { ParsedTimelineView, TimelineView } from '../../api/contract/export';
import { firstDay, lastDay } from '../../api/dates';
import { useFilters } from '../state/filters';
import { dayOf, isoOf } from './layout/time';
import { useTimelineView } from './state/view';
import { currentWindow } from './TimelinePlot';

/** What is on screen now, as the contract's view (for saving, sharing and printing). */
export function currentView(): TimelineView {
  const v = useTimelineView.getState();
  const w = currentWindow();
  return {
    filter: useFilters.getState().filter,
    laneBy: v.laneBy,
    depth: v.depth,
    ...(w ? { from: isoOf(Math.floor(w.from)), to: isoOf(Math.ceil(w.to) - 1) } : {}),
    open: v.open,
    full: v.full,
  };
}

/** Shows a saved or shared view: its filter replaces the shared filter, its lanes and window the timeline's. */
export function applyView(v: ParsedTimelineView): void {
  const filters = useFilters.getState();
  filters.reset();
  filters.setFilter(v.filter);
  useTimelineView.getState().apply({
    laneBy: v.laneBy,
    depth: v.depth,
    open: v.open,
    full: v.full,
    from: v.from ? dayOf(firstDay(v.from)) : null,
    to: v.to ? dayOf(lastDay(v.to)) + 1 : null,
  });
}
