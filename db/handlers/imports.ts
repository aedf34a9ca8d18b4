import type { Handlers } from '../../api/contract';
import { draftFromSource } from '../services/import-draft';
import { importChunk, importPaths, importText, tally } from '../services/import';
import type { Ctx } from './context';

export const importsHandlers = ({ db }: Ctx): Handlers['imports'] => ({
  files: async (a) => tally(await importChunk(db, a.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.data, 'base64') })))),
  paths: (a) => importPaths(db, a.paths),
  text: (a) => importText(db, a.text, a.name),
  draft: (a) => draftFromSource(db, a.sourceId, a.kind, a.at),
});
