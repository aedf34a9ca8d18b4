import type { Handlers } from '../../api/contract';
import { draftFromSource } from '../services/import-draft';
import { importBytes, importPaths, importText, tally } from '../services/import';
import type { Ctx } from './context';

export const importsHandlers = ({ db }: Ctx): Handlers['imports'] => ({
  files: async (a) => {
    const results = [];
    for (const f of a.files) results.push(await importBytes(db, f.name, Buffer.from(f.data, 'base64')));
    return tally(results);
  },
  paths: (a) => importPaths(db, a.paths),
  text: (a) => importText(db, a.text, a.name),
  draft: (a) => draftFromSource(db, a.sourceId, a.kind, a.at),
});
