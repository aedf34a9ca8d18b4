import type { Handlers } from '../../api/contract';
import { draftFromSource } from '../services/import-draft';
import { expandPaths, importChunk, importPaths, importText, tally } from '../services/import';
import { backupBefore, BULK } from '../backups';
import type { Ctx } from './context';

export const importsHandlers = ({ db, dbPath }: Ctx): Handlers['imports'] => ({
  files: async (a) => {
    if (a.files.length > BULK.importFiles) await backupBefore(db, dbPath, 'before-import');
    return tally(await importChunk(db, a.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.data, 'base64') }))));
  },
  paths: async (a) => {
    if ((await expandPaths(a.paths)).files.length > BULK.importFiles) await backupBefore(db, dbPath, 'before-import');
    return importPaths(db, a.paths);
  },
  text: (a) => importText(db, a.text, a.name),
  draft: (a) => draftFromSource(db, a.sourceId, a.kind, a.at),
});
