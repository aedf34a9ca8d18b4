import type { Handlers } from '../../api/contract';
import { report } from '../services/report';
import type { Ctx } from './context';

/** The export call the database answers by itself; PDF jobs and data files are built over it in export/. */
export const exportHandlers = ({ db }: Ctx): Pick<Handlers['export'], 'report'> => ({
  report: (a) => report(db, a.filter, a.limit, { withUndated: a.withUndated }),
});
