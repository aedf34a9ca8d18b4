import type { Handlers } from '../../api/contract';
import { listTrash, purgeTrash, restoreTrash } from '../services/trash';
import type { Ctx } from './context';

export const trashHandlers = ({ db }: Ctx): Handlers['trash'] => ({
  list: (a) => listTrash(db, a.limit),
  restore: (a) => ({ restored: restoreTrash(db, a.ids) }),
  purge: (a) => ({ purged: purgeTrash(db, a.ids) }),
});
