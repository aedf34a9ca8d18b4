import path from 'node:path';
import { AppError } from '../../api/errors';
import { corruptMessage, readOnlyMessage } from '../../db/health';
import type { Command } from '../command';
import { openSession } from '../context';
import { printJson } from '../output';

export const init: Command = {
  name: 'init',
  usage: 'chainline init [--db FILE]',
  summary: 'create the database (or migrate it) and seed the starter taxonomy',
  options: {},
  async run({ dbPath, json }) {
    const s = openSession(dbPath);
    try {
      if (s.health.mode === 'corrupt') throw new AppError('db-corrupt', corruptMessage(s.dbPath, s.health.detail ?? 'integrity check failed', s.health.backup));
      if (s.health.mode === 'read-only') throw new AppError('read-only', `${readOnlyMessage(s.dbPath, s.health.detail)}: init cannot prepare it`);
      const info = await s.api.app.info({});
      if (json) printJson(info);
      else console.log(`database ready: ${path.resolve(dbPath)} (schema v${info.schemaVersion}, ${info.counts.chains} chains, ${info.counts.regions} regions, ${info.counts.records} records)`);
    } finally {
      s.close();
    }
  },
};
