import { z } from 'zod';
import { call } from '../define';
import { TimelineView, type ParsedTimelineView } from './export';

export interface SavedView {
  name: string;
  view: ParsedTimelineView;
  savedAt: string;
}

/** Named timeline views, kept in the database so they travel with it (browser mode's localStorage is per port). */
export const savedViews = {
  list: call(z.strictObject({}))<SavedView[]>(),
  /** Saves under a name, replacing a view of the same name. */
  put: call(z.strictObject({ name: z.string().trim().min(1, 'a view needs a name').max(100), view: TimelineView }))<SavedView>(),
  delete: call(z.strictObject({ name: z.string().min(1).max(100) }))<{ deleted: boolean }>(),
};
