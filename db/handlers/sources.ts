import type { Handlers } from '../../api/contract';
import { addCitation, getSource, listSources, removeCitation, setSourcesTrashed, sourceHistory, sourceOriginal, updateSource } from '../services/sources';
import { recleanSource } from '../services/reclean';
import { importCitations } from '../services/citation-import';
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
  importCitations: (a) =>
    importCitations(db, { fileName: a.fileName, bytes: Buffer.from(a.contentBase64, 'base64'), dryRun: a.dryRun, validOnly: a.validOnly }),
});

export const citationsHandlers = ({ db }: Ctx): Handlers['citations'] => ({
  add: (a) => ({ id: addCitation(db, a) }),
  remove: (a) => ({ removed: removeCitation(db, a.id) }),
});
