import { useEffect, useState } from 'react';
import type { RecordFilter } from '../../api/contract/filters';
import type { LaneBy, TimelineResult } from '../../api/contract/views';
import { api } from '../platform';
import { buildModel, type TimelineModel } from './layout/model';

export interface TimelineData {
  model: TimelineModel | null;
  result: Pick<TimelineResult, 'undated' | 'truncated'> | null;
  loading: boolean;
  error: string | null;
}

/**
 * Marks the benchmark reads: 'timeline:start' when a load begins; measures
 * 'timeline:data' (start → model built), 'timeline:model' (building the model
 * alone) and, in the canvas, 'timeline:first-paint' (start → first frame drawn
 * with the data) and 'timeline:frame' (each frame's drawing).
 */
export const MARK_START = 'timeline:start';

// Up to this many records the first answer carries every title too (under 2 MB):
// asking for titles while panning cost 0.5 ms a frame at 10,000 records. Above it
// the screen loads numbers first and the titles of what it shows (labels.ts).
const LABELS_WITH_NUMBERS = 20_000;

/** Loads the timeline for the shared filter and builds its model once per load; a newer request wins over a slower older one. */
export function useTimelineData(filter: RecordFilter, laneBy: LaneBy, depth: number): TimelineData {
  const [data, setData] = useState<TimelineData>({ model: null, result: null, loading: true, error: null });
  const key = JSON.stringify([filter, laneBy, depth]);
  useEffect(() => {
    let live = true;
    performance.mark(MARK_START);
    setData((d) => ({ ...d, loading: true, error: null }));
    api.views
      .timeline({ filter, laneBy, depth, labels: false, labelsUpTo: LABELS_WITH_NUMBERS })
      .then((r) => {
        if (!live) return;
        performance.mark('timeline:received');
        const model = buildModel(r);
        // 'timeline:model' is our share (typed arrays, lanes); the rest of 'timeline:data' is the API call and JSON.
        performance.measure('timeline:model', 'timeline:received');
        performance.measure('timeline:data', MARK_START);
        setData({ model, result: { undated: r.undated, truncated: r.truncated }, loading: false, error: null });
      })
      .catch((err: Error) => live && setData({ model: null, result: null, loading: false, error: err.message }));
    return () => {
      live = false;
    };
    // The key stands for filter, laneBy and depth (the filter object may be rebuilt with equal content).
  }, [key]);
  return data;
}
