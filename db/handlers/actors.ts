import type { Handlers } from '../../api/contract';
import { actorRecords, getActor, listActors, mergeActors, saveActor, trashActors } from '../services/actors';
import type { Ctx } from './context';

export const actorsHandlers = ({ db }: Ctx): Handlers['actors'] => ({
  list: (a) => listActors(db, a),
  save: (a) => getActor(db, saveActor(db, a)),
  get: (a) => getActor(db, a.id),
  records: (a) => actorRecords(db, a.id),
  merge: (a) => (mergeActors(db, a.from, a.into), getActor(db, a.into)),
  delete: (a) => ({ deleted: trashActors(db, a.ids) }),
});
