import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../api/errors';
import { fullCheck } from '../../db/integrity';
import { recoverDatabase } from '../../db/recover';
import { UsageError } from '../args';
import type { Command } from '../command';
import { printJson } from '../output';

function canWrite(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(path.dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export const check: Command = {
  name: 'check',
  usage: 'chainline check [--json]',
  summary: 'check the whole database: every page and index, foreign keys, the full-text index',
  options: {},
  async run({ dbPath, json }) {
    const file = path.resolve(dbPath);
    if (!existsSync(file)) throw new AppError('not-found', `${file} does not exist`);
    if (statSync(file).size === 0) throw new AppError('db-corrupt', `${file} is empty: not a Chainline database`);
    // Opened without migrating, seeding or backing up: a check changes nothing. FTS5's integrity-check
    // is issued as an INSERT, so it needs a connection that could write (it writes nothing).
    const rw = canWrite(file);
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: !rw, fileMustExist: true });
    } catch (err) {
      throw new AppError('io-error', `cannot open ${file}: ${(err as Error).message}`);
    }
    let report;
    try {
      report = fullCheck(db);
    } finally {
      db.close();
    }
    const fts = report.fts.map((f) => (!rw && !f.ok && /readonly/i.test(f.problem ?? '') ? { ...f, ok: true, problem: 'not checked (the file is read-only)' } : f));
    const ok = report.integrity.length === 0 && report.foreignKeys.length === 0 && fts.every((f) => f.ok);
    if (json) printJson({ file, ok, integrity: report.integrity, foreignKeys: report.foreignKeys, fts, ms: report.ms });
    else {
      console.log(`integrity: ${report.integrity.length ? `${report.integrity.length} problems` : 'ok'}`);
      for (const p of report.integrity.slice(0, 20)) console.log(`  ${p}`);
      console.log(`foreign keys: ${report.foreignKeys.length ? `${report.foreignKeys.length} rows point nowhere` : 'ok'}`);
      for (const f of report.foreignKeys.slice(0, 20)) console.log(`  ${f.table} row ${f.rowid} -> ${f.parent}`);
      for (const f of fts) console.log(`full-text ${f.table}: ${f.ok ? (f.problem ?? 'ok') : f.problem}`);
    }
    if (!ok) throw new AppError('db-corrupt', `${file} is damaged: restore a backup (chainline backups, chainline restore FILE) or salvage it (chainline recover --out NEW.db)`);
  },
};

export const recover: Command = {
  name: 'recover',
  usage: 'chainline recover --out NEW.db [--rows]',
  summary: 'salvage what can be read from a damaged database into a new file (the original is not touched)',
  options: { out: { type: 'string' }, rows: { type: 'boolean', default: false } },
  async run({ dbPath, json, values }) {
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('recover needs --out NEW.db');
    const r = recoverDatabase(path.resolve(dbPath), path.resolve(out), { method: values.rows ? 'rows' : 'auto' });
    if (json) return printJson(r);
    if (r.note) console.log(r.note);
    console.log(`recovered into ${r.out} (${r.method}):`);
    for (const t of r.tables) console.log(`  ${t.table.padEnd(18)} ${String(t.rows).padStart(8)} rows${t.skipped ? `  (${t.skipped} unreadable spots skipped)` : ''}`);
    if (r.method === 'row by row') console.log(r.skipped ? `${r.skipped} unreadable spots were skipped` : 'every row could be read');
    if (r.repaired && (r.repaired.removed || r.repaired.cleared))
      console.log(`references to lost rows: ${r.repaired.removed} links removed, ${r.repaired.cleared} references cleared`);
    console.log(`check it with: chainline --db ${JSON.stringify(r.out)} check`);
  },
};
