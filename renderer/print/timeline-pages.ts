import type { ParsedPrintView } from '../../api/contract/export';
import { firstDay, lastDay } from '../../api/dates';
import type { TimelineModel } from '../timeline/layout/model';
import type { Scale } from '../timeline/layout/scale';
import { axisTicks, type Axis, type AxisFormat } from '../timeline/layout/ticks';
import { dayOf, yearEnd, yearStart } from '../timeline/layout/time';
import { buildTracks, defaultOpen } from '../timeline/layout/tracks';
import { MAX_SEGMENT_DAYS, PRINT_AXIS_H, PRINT_LABEL_W, PRINT_LEGEND_H, PRINT_MIN_LABEL_PX, PRINT_TRACKS, type SheetGeometry } from './geometry';
import { paginateTracks, timeSegments, type TrackPart } from './paginate';

export interface TimelinePage {
  scale: Scale;
  axis: Axis;
  parts: TrackPart[];
}

/** The window printed: the view's, or the data's whole years when the view leaves an end open. */
export function printWindow(model: TimelineModel, view: Pick<ParsedPrintView, 'from' | 'to'>): [number, number] {
  const from = view.from ? dayOf(firstDay(view.from)) : yearStart(model.minDay);
  const to = view.to ? dayOf(lastDay(view.to)) + 1 : yearEnd(model.maxDay - 1);
  return [from, Math.max(to, from + 1)];
}

/**
 * Every page of the printed timeline: lanes spread down the pages with the
 * axis repeated on each, and a long window cut into time segments, each
 * segment running through all lanes before the next begins.
 */
export function timelinePages(model: TimelineModel, view: ParsedPrintView, sheet: SheetGeometry, fmt: AxisFormat): TimelinePage[] {
  if (!model.count) return [];
  const { tracks } = buildTracks(model, new Set(view.open ?? defaultOpen(model)), new Set(view.full), PRINT_TRACKS);
  const lanePages = paginateTracks(tracks, sheet.innerH - PRINT_LEGEND_H - PRINT_AXIS_H, PRINT_TRACKS);
  const plotW = sheet.innerW - PRINT_LABEL_W;
  const [from, to] = printWindow(model, view);
  const pages: TimelinePage[] = [];
  for (const [a, b] of timeSegments(from, to, MAX_SEGMENT_DAYS[view.paper])) {
    const scale: Scale = { start: a, pxPerDay: plotW / (b - a), width: plotW };
    const axis = axisTicks(scale, fmt, PRINT_MIN_LABEL_PX);
    for (const parts of lanePages) pages.push({ scale, axis, parts });
  }
  return pages;
}
