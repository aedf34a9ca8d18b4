import type { Handlers } from '../../api/contract';
import { underField } from '../../api/errors';
import { getRecord } from '../services/record-read';
import { listRecords, recordIds } from '../services/record-list';
import { saveRecord } from '../services/record-save';
import { listVersions, versionInput } from '../services/record-history';
import { RecordInput } from '../../api/contract/records';
import { setRecordsTrashed, tagRecords } from '../services/record-bulk';
import { backupBefore, BULK } from '../backups';
import type { Ctx } from './context';

export const recordsHandlers = ({ db, dbPath }: Ctx): Handlers['records'] => ({
  list: (a) => listRecords(db, a.filter, a.sort, a.page),
  get: (a) => getRecord(db, a.id),
  ids: (a) => recordIds(db, a.filter),
  save: (a) => getRecord(db, underField('record', () => saveRecord(db, a.record, { createTags: a.createTags, reason: a.reason }))),
  history: (a) => listVersions(db, a.id),
  restoreVersion: (a) => getRecord(db, saveRecord(db, RecordInput.parse(versionInput(db, a.id, a.seq)), { reason: 'restore' })),
  delete: async (a) => {
    if (a.ids.length >= BULK.records) await backupBefore(db, dbPath, 'before-delete');
    return { deleted: setRecordsTrashed(db, a.ids, true) };
  },
  restore: (a) => ({ restored: setRecordsTrashed(db, a.ids, false) }),
  tag: (a) => ({ changed: tagRecords(db, a.ids, a.add, a.remove) }),
});
