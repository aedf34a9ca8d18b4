import type { Handlers } from '../../api/contract';
import { stats } from '../services/stats';
import { targetsView } from '../services/targets-view';
import { timeline, timelineLabels } from '../services/timeline';
import type { Ctx } from './context';

export const viewsHandlers = ({ db }: Ctx): Handlers['views'] => ({
  timeline: (a) => timeline(db, a.filter, a.laneBy, a.depth, a.limit, a.labels, a.labelsUpTo),
  timelineLabels: (a) => timelineLabels(db, a.keys),
  stats: (a) => stats(db, a.filter, a.period, a.by, a.depth),
  targets: (a) => targetsView(db, a.filter, a.limit),
});
