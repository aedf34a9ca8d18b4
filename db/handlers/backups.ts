import type { Handlers } from '../../api/contract';
import type { BackupRow } from '../../api/contract/backups';
import { backupDir, backupNow, describeBackup, listBackups, readPolicy, type BackupInfo } from '../backups';
import { HEALTHY } from '../health';
import type { Ctx } from './context';

export const backupRow = (b: BackupInfo): BackupRow => ({ name: b.name, at: b.at, reason: b.reason, size: b.size, records: b.records });

/** Status, list and create; restore replaces the open database, so the host (which can reopen it) answers that. */
export const backupsHandlers = ({ db, dbPath, health = HEALTHY }: Ctx): Omit<Handlers['backups'], 'restore'> => ({
  status: () => {
    const memory = dbPath === ':memory:';
    const list = memory ? [] : listBackups(dbPath, { counts: false });
    const suggested = health.backup ? list.find((b) => b.file === health.backup) : undefined;
    const withCount = (b: BackupInfo | undefined) => (b ? backupRow({ ...b, ...describeBackup(b.file) }) : null);
    return {
      mode: health.mode,
      detail: health.detail,
      suggested: withCount(suggested),
      last: withCount(list[0]),
      dir: memory ? '' : backupDir(dbPath),
      policy: readPolicy(db),
    };
  },
  list: () => (dbPath === ':memory:' ? [] : listBackups(dbPath).map(backupRow)),
  create: async (a) => backupRow(await backupNow(db, dbPath, a.reason)),
});
