import type { Handlers } from '../../api/contract';
import { report } from '../services/report';
import { citedSources } from '../services/sources-cite';
import type { Ctx } from './context';

/** The export calls the database answers by itself; PDF jobs, data files and formatted references are built over them in export/. */
export const exportHandlers = ({ db }: Ctx): Pick<Handlers['export'], 'report' | 'citedSources'> => ({
  report: (a) => report(db, a.filter, a.limit, { withUndated: a.withUndated, ids: a.ids }),
  citedSources: (a) => citedSources(db, a.filter),
});
