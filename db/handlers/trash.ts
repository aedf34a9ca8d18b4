import type { Handlers } from '../../api/contract';
import { listTrash, purgeTrash, restoreTrash } from '../services/trash';
import { backupBefore } from '../backups';
import type { Ctx } from './context';

export const trashHandlers = ({ db, dbPath }: Ctx): Handlers['trash'] => ({
  list: (a) => listTrash(db, a.limit),
  restore: (a) => ({ restored: restoreTrash(db, a.ids) }),
  // Purging cannot be undone from the trash: a backup can still bring it back.
  purge: async (a) => {
    await backupBefore(db, dbPath, 'before-purge');
    return { purged: purgeTrash(db, a.ids) };
  },
});
