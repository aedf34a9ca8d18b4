import type { Handlers } from '../../api/contract';
import type { BundleData } from '../../api/bundle/format';
import { RecordFilter } from '../../api/contract/filters';
import { readBundleData } from '../services/bundle-read';
import { report } from '../services/report';
import type { Ctx } from './context';

/** The export call the database answers by itself; PDF jobs and data files are built over it in export/. */
export const exportHandlers = ({ db }: Ctx): Pick<Handlers['export'], 'report'> & { bundleData(filter: RecordFilter): BundleData } => ({
  report: (a) => report(db, a.filter, a.limit, { withUndated: a.withUndated, sort: a.sort, tableFields: a.tableFields }),
  // Not a contract call: export/ builds the bundle file over it.
  bundleData: (filter) => readBundleData(db, RecordFilter.parse(filter)),
});
