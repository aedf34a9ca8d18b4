import type { Catalogue } from '../types';

export const backups: Catalogue['backups'] = {
  title: 'Backups',
  intro: 'Chainline backs the database up by itself: at the first open of each day, before an upgrade, and before a bulk delete, a taxonomy merge, an import of more than 100 files or loading demo data. Every backup is checked after it is written.',
  folder: 'Backups folder',
  policy: 'The newest {{keep}} are kept, plus one a week for the last {{weeks}} weeks.',
  create: 'Back up now',
  creating: 'Backing up…',
  created: 'Backed up ({{records}} records)',
  empty: 'No backups yet.',
  col: { at: 'Taken', reason: 'Reason', size: 'Size', records: 'Records' },
  reason: {
    daily: 'Daily', manual: 'Manual', 'before-migration': 'Before upgrade', 'before-delete': 'Before bulk delete', 'before-purge': 'Before deleting for good',
    'before-merge': 'Before merge', 'before-import': 'Before import', 'before-demo': 'Before demo data', 'before-restore': 'Before restore', 'before-bundle': 'Before bundle import', other: 'Other',
  },
  unreadable: 'Unreadable',
  recordsCount: '{{count}}',
  restore: 'Restore',
  restoreLabel: 'Restore the backup of {{at}}',
  restoreConfirm: 'Replace the database with the backup of {{at}} ({{records}} records)? The current database is kept as a backup first.',
  restored: 'Restored the backup of {{at}} ({{records}} records)',
  last: 'Last backup: {{at}}',
  never: 'No backup yet',
  errors: {
    'db-corrupt': 'The database file is damaged: this part cannot be read, and changes cannot be saved. Restore a good backup under Backups.',
    'read-only': 'The database is read-only: you can read, but changes cannot be saved.',
    'disk-full': 'The disk is full: nothing was saved. Free some space and try again.',
    'io-error': 'The disk could not be read or written: nothing was saved. Check the drive and try again.',
  },
  banner: {
    corrupt: 'The database file is damaged, so it was opened read-only: you can read, but changes cannot be saved.',
    corruptBackup: 'The newest good backup is from {{at}} ({{records}} records).',
    corruptNone: 'No good backup was found; the command chainline recover salvages what can be read.',
    readOnly: 'The database is in a place that cannot be written, so it was opened read-only: you can read, but changes cannot be saved.',
    restore: 'Restore this backup',
    open: 'See backups',
  },
};
