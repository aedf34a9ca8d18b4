import type { Handlers } from '../../api/contract';
import type { BundleData } from '../../api/bundle/format';
import { RecordFilter } from '../../api/contract/filters';
import { readBundleData } from '../services/bundle-read';
import { report } from '../services/report';
import { citedSources } from '../services/sources-cite';
import type { Ctx } from './context';

/** The export calls the database answers by itself; PDF jobs, data files, bundles and formatted references are built over them in export/. */
export const exportHandlers = ({ db }: Ctx): Pick<Handlers['export'], 'report' | 'citedSources'> & { bundleData(filter: RecordFilter): BundleData } => ({
  report: (a) => report(db, a.filter, a.limit, { withUndated: a.withUndated, ids: a.ids, sort: a.sort, tableFields: a.tableFields }),
  citedSources: (a) => citedSources(db, a.filter),
  // Not a contract call: export/ builds the bundle file over it.
  bundleData: (filter) => readBundleData(db, RecordFilter.parse(filter)),
});
