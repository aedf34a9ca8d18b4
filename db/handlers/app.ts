import type { Handlers } from '../../api/contract';
import { DEMO_TAG } from '../../api/contract/app';
import { AppError } from '../../api/errors';
import { demoRecordCount, generateDemo, removeDemo } from '../services/demo';
import { backupBefore } from '../backups';
import type { Ctx } from './context';

export const appHandlers = ({ db, dbPath, version }: Ctx): Handlers['app'] => ({
  info: () => {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      version,
      dbPath,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      counts: {
        records: n('SELECT count(*) AS n FROM records WHERE deleted_at IS NULL'),
        sources: n('SELECT count(*) AS n FROM sources WHERE deleted_at IS NULL'),
        actors: n('SELECT count(*) AS n FROM actors WHERE deleted_at IS NULL'),
        chains: n('SELECT count(*) AS n FROM chains WHERE deleted_at IS NULL'),
        regions: n('SELECT count(*) AS n FROM regions WHERE deleted_at IS NULL'),
        demo: demoRecordCount(db),
      },
    };
  },
  demo: async (a) => {
    const existing = (db.prepare('SELECT count(*) AS n FROM records WHERE deleted_at IS NULL').get() as { n: number }).n;
    if (existing && !a.force)
      throw new AppError('conflict', `the database already has ${existing} records: demo data would mix with them (pass force to add it anyway; it is tagged ${DEMO_TAG} and can be removed again)`, 'force');
    if (existing) await backupBefore(db, dbPath, 'before-demo');
    return generateDemo(db, { count: a.count, seed: a.seed });
  },
  removeDemo: () => removeDemo(db),
});
