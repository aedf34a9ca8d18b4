import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../api/errors';
import { backupDir, backupNow, backupTo, listBackups, readPolicy, restoreBackup, rotate, writePolicy } from '../../db/backups';
import { loadMigrations } from '../../db/migrate';
import { MIGRATIONS_DIR } from '../../db/schema';
import { intOption, UsageError } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { printJson } from '../output';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export const backup: Command = {
  name: 'backup',
  usage: 'chainline backup [--out FILE]',
  summary: 'back the database up now (into its backups folder, or to FILE), checked after writing',
  options: { out: { type: 'string' } },
  async run({ dbPath, json, values }) {
    if (!existsSync(dbPath)) throw new AppError('not-found', `${dbPath} does not exist`);
    const s = openSession(dbPath);
    try {
      const out = values.out as string | undefined;
      if (out) {
        const v = await backupTo(s.db, path.resolve(out));
        if (json) printJson({ file: path.resolve(out), records: v.records, schemaVersion: v.schemaVersion });
        else console.log(`backup written and checked: ${path.resolve(out)} (${v.records} records)`);
      } else {
        const b = await backupNow(s.db, s.dbPath, 'manual');
        if (json) printJson(b);
        else console.log(`backup written and checked: ${b.file} (${b.records} records, ${mb(b.size)})`);
      }
    } finally {
      s.close();
    }
  },
};

export const backups: Command = {
  name: 'backups',
  usage: 'chainline backups [--json] [--keep N --weeks N]',
  summary: 'list the backups beside the database (date, size, records); --keep/--weeks set what is kept',
  options: { keep: { type: 'string' }, weeks: { type: 'string' } },
  async run({ dbPath, json, values }) {
    const keep = intOption(values.keep, 'keep');
    const weeks = intOption(values.weeks, 'weeks');
    let policy: { keep: number; weeks: number } | null = null;
    if (keep !== undefined || weeks !== undefined) {
      const s = openSession(dbPath);
      try {
        policy = { ...readPolicy(s.db), ...(keep !== undefined ? { keep } : {}), ...(weeks !== undefined ? { weeks } : {}) };
        writePolicy(s.db, policy);
        rotate(s.dbPath, policy);
      } finally {
        s.close();
      }
    }
    const list = listBackups(dbPath);
    if (json) return printJson(list);
    if (policy) console.log(`keeping the newest ${policy.keep} backups and one a week for ${policy.weeks} weeks`);
    if (!list.length) return console.log(`no backups in ${backupDir(dbPath)}`);
    console.log(`backups in ${backupDir(dbPath)}:`);
    for (const b of list) {
      const when = b.at.replace('T', ' ').slice(0, 19);
      console.log(`${when}  ${b.reason.padEnd(16)} ${mb(b.size).padStart(9)}  ${b.records === null ? 'unreadable' : `${b.records} records`}  ${b.name}`);
    }
  },
};

export const restore: Command = {
  name: 'restore',
  usage: 'chainline restore FILE',
  summary: 'replace the database with a backup (checked first; the current file is kept as a backup)',
  options: {},
  async run({ dbPath, json, positionals }) {
    if (positionals.length !== 1) throw new UsageError('restore needs one backup file (a path, or a name from chainline backups)');
    const arg = positionals[0];
    const inFolder = path.join(backupDir(dbPath), arg);
    const file = existsSync(arg) ? path.resolve(arg) : existsSync(inFolder) ? inFolder : null;
    if (!file) throw new AppError('not-found', `no backup ${arg} (neither a file nor a name in ${backupDir(dbPath)})`);
    const r = restoreBackup(path.resolve(dbPath), file, loadMigrations(MIGRATIONS_DIR).length);
    if (json) printJson(r);
    else console.log(`restored ${r.restored} (${r.records} records) into ${path.resolve(dbPath)}${r.previous ? `; the database as it was is kept as ${r.previous}` : ''}`);
  },
};
