import type { Handlers } from '../../api/contract';
import { addCitation, getSource, listSources, removeCitation, setSourcesTrashed, sourceHistory, sourceOriginal, updateSource } from '../services/sources';
import { recleanSource } from '../services/reclean';
import type { Ctx } from './context';

export const sourcesHandlers = ({ db }: Ctx): Handlers['sources'] => ({
  list: (a) => listSources(db, a),
  get: (a) => getSource(db, a.id),
  update: (a) => (updateSource(db, a), getSource(db, a.id)),
  original: (a) => sourceOriginal(db, a.id),
  history: (a) => sourceHistory(db, a.id),
  reclean: (a) => recleanSource(db, a.id),
  delete: (a) => ({ deleted: setSourcesTrashed(db, a.ids, true) }),
  restore: (a) => ({ restored: setSourcesTrashed(db, a.ids, false) }),
});

export const citationsHandlers = ({ db }: Ctx): Handlers['citations'] => ({
  add: (a) => ({ id: addCitation(db, a) }),
  remove: (a) => ({ removed: removeCitation(db, a.id) }),
});
