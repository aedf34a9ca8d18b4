import type { Handlers } from '../../api/contract';
import { getActor, listActors, saveActor, trashActors } from '../services/actors';
import type { Ctx } from './context';

export const actorsHandlers = ({ db }: Ctx): Handlers['actors'] => ({
  list: (a) => listActors(db, a),
  save: (a) => getActor(db, saveActor(db, a)),
  delete: (a) => ({ deleted: trashActors(db, a.ids) }),
});
