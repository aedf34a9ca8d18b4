import type { Handlers } from '../../api/contract';
import { INSTRUMENT_CATEGORIES, INSTRUMENT_TYPES } from '../seed/instruments';
import { listTags } from '../services/tags';
import { createChain, getNode, listTree, mergeNodes, saveRegion, trashNode } from '../services/taxonomy';
import { backupBefore } from '../backups';
import type { Ctx } from './context';

export const taxonomyHandlers = ({ db, dbPath }: Ctx): Handlers['taxonomy'] => ({
  chains: (a) => listTree(db, 'chains', a.includeTrashed),
  regions: (a) => listTree(db, 'regions', a.includeTrashed),
  saveChain: (a) => getNode(db, 'chains', createChain(db, a)),
  saveRegion: (a) => getNode(db, 'regions', saveRegion(db, a)),
  merge: async (a) => {
    await backupBefore(db, dbPath, 'before-merge');
    mergeNodes(db, a.tree, a.from, a.into);
    return getNode(db, a.tree, a.into);
  },
  delete: (a) => ({ deleted: trashNode(db, a.tree, a.id) }),
  tags: () => listTags(db),
  instruments: () =>
    INSTRUMENT_TYPES.map((t) => {
      const c = INSTRUMENT_CATEGORIES.find((c) => c.id === t.category)!;
      return { code: t.code, category: t.category, categoryZh: c.zh, categoryEn: c.en, zh: t.zh, en: t.en };
    }),
});
