import type { Handlers } from '../../api/contract';
import { applyExchange, previewExchange } from '../services/exchange-import';
import type { Ctx } from './context';

const file = (a: { fileName: string; contentBase64: string }) => ({ fileName: a.fileName, bytes: Buffer.from(a.contentBase64, 'base64') });

export const exchangeHandlers = ({ db, dbPath }: Ctx): Handlers['exchange'] => ({
  preview: (a) => previewExchange(db, file(a), { mapping: a.mapping, validOnly: a.validOnly }),
  apply: (a) => applyExchange(db, dbPath, file(a), { mapping: a.mapping, validOnly: a.validOnly }),
});
