import type { Handlers } from '../../api/contract';
import { deleteSavedView, listSavedViews, putSavedView } from '../services/saved-views';
import type { Ctx } from './context';

export const savedViewsHandlers = ({ db }: Ctx): Handlers['savedViews'] => ({
  list: () => listSavedViews(db),
  put: (a) => putSavedView(db, a.name, a.view),
  delete: (a) => ({ deleted: deleteSavedView(db, a.name) }),
});
