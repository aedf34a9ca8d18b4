import { useEffect, useReducer } from 'react';
import { api } from '../platform';
import { Labels } from './label-loader';
import type { TimelineModel } from './layout/model';

/** The one loader of a model's labels (frames, tooltip, list and keyboard share what it has asked for). */
const loaders = new WeakMap<TimelineModel, Labels>();

export function labelsOf(m: TimelineModel): Labels {
  let l = loaders.get(m);
  if (!l) loaders.set(m, (l = new Labels(m, (keys) => api.views.timelineLabels({ keys }))));
  return l;
}

/** Asks for these items' labels (and their plans') and renders again as they arrive; listens only while some are missing. */
export function useLabels(m: TimelineModel, items: readonly number[]): void {
  const [, arrived] = useReducer((x: number) => x + 1, 0);
  const want = items.flatMap((i) => (m.plan[i] >= 0 ? [i, m.plan[i]] : [i])).filter((i) => m.titles[i] === undefined);
  // By value: the tooltip renders on every frame of a pan, and an effect per render would be work in each.
  const key = want.join(',');
  useEffect(() => {
    if (!want.length) return;
    const l = labelsOf(m);
    want.forEach((i) => l.want(i));
    return l.subscribe(arrived);
  }, [m, key]);
}
