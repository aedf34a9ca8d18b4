import { z } from 'zod';
import { call } from '../define';

/** One backup in the folder beside the database. */
export interface BackupRow {
  /** The file name inside the backups folder: what restore takes. */
  name: string;
  /** When it was taken (ISO). */
  at: string;
  /** daily, manual, before-migration, before-delete, before-purge, before-merge, before-import, before-demo, before-restore, before-bundle */
  reason: string;
  size: number;
  /** Live records in it; null when it cannot be read. */
  records: number | null;
}

export interface BackupStatus {
  /** ok; read-only (the file or folder cannot be written); corrupt (damaged: opened read-only). */
  mode: 'ok' | 'read-only' | 'corrupt';
  /** What the check or the file system said (null when ok). */
  detail: string | null;
  /** For a damaged database: the newest backup that passed its check. */
  suggested: BackupRow | null;
  /** The newest backup, for "last backup: …". */
  last: BackupRow | null;
  /** The backups folder. */
  dir: string;
  policy: { keep: number; weeks: number };
}

const Name = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[a-z-]+\.db$/, 'not a backup name');

export const backups = {
  status: call(z.strictObject({}).default({}))<BackupStatus>(),
  list: call(z.strictObject({}).default({}))<BackupRow[]>(),
  /** Takes a backup now (checked after writing); the UI names the reason when it backs up before a large import it sends in batches. */
  create: call(z.strictObject({ reason: z.enum(['manual', 'before-import']).default('manual') }).default({ reason: 'manual' }))<BackupRow>(),
  /** Replaces the database with a backup (by name, from the backups folder): checked first, the current file kept as a backup, then reopened. */
  restore: call(z.strictObject({ name: Name }))<{ restored: BackupRow; previous: string | null; records: number }>(),
};
