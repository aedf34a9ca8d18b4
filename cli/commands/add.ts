import { readFileSync } from 'node:fs';
import { ApiError } from '../../api/client';
import { AppError } from '../../api/errors';
import { JsonInputError, parseStrictJson } from '../../import/json/strict-json';
import type { RecordDetail } from '../../api/contract/records';
import { UsageError } from '../args';
import type { Command } from '../command';
import { openSession, type Session } from '../context';
import { printJson, recordLine } from '../output';

/** The records of a JSON file or standard input: UTF-8 only, no key written twice (see import/json/strict-json.ts). */
function readInput(file: string): unknown[] {
  let value: unknown;
  try {
    value = parseStrictJson(readFileSync(file === '-' ? 0 : file), file === '-' ? 'standard input' : file);
  } catch (err) {
    if (err instanceof JsonInputError) throw new AppError('invalid-argument', err.message);
    throw err;
  }
  return Array.isArray(value) ? value : [value];
}

/** The title of the stored record (live or in the trash) whose id this record carries, if there is one. */
async function existingTitle(s: Session, record: unknown): Promise<string | null> {
  const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : undefined;
  if (typeof id !== 'string') return null;
  try {
    return (await s.api.records.get({ id })).title;
  } catch (err) {
    if (err instanceof ApiError && (err.code === 'not-found' || err.code === 'invalid-argument')) return null;
    throw err;
  }
}

export const add: Command = {
  name: 'add',
  usage: 'chainline add FILE|- [--create-tags] [--replace]',
  summary: 'add records from JSON (one object or an array); chains and regions may be names',
  options: { 'create-tags': { type: 'boolean', default: false }, replace: { type: 'boolean', default: false } },
  async run({ dbPath, json, positionals, values }) {
    if (positionals.length !== 1) throw new UsageError('add takes one FILE, or - for standard input');
    const items = readInput(positionals[0]);
    const replace = values.replace === true;
    const s = openSession(dbPath);
    const saved: RecordDetail[] = [];
    const replaced = new Set<number>();
    try {
      // A file's records go in together or not at all: each save nests inside this transaction. It takes
      // the write lock first (IMMEDIATE), as every write here does: a deferred one that reads and then
      // writes cannot wait for another writer and fails at once with "database is locked".
      s.db.exec('BEGIN IMMEDIATE');
      try {
        for (const [i, record] of items.entries()) {
          try {
            const taken = await existingTitle(s, record);
            // A stray id must never overwrite a record: replacing is asked for explicitly.
            if (taken !== null && !replace)
              throw new AppError('conflict', `a record with this id already exists (“${taken}”): pass --replace to replace it (its current version is kept in its history)`, 'id');
            if (taken !== null) replaced.add(saved.length);
            saved.push(await s.api.records.save({ record: record as never, createTags: values['create-tags'] === true, reason: 'replace' }));
          } catch (err) {
            const e = err as AppError;
            throw new AppError(e.code ?? 'invalid-argument', `record ${i + 1}: ${e.message}`, e.field);
          }
        }
        s.db.exec('COMMIT');
      } catch (err) {
        if (s.db.inTransaction) s.db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      s.close();
    }
    if (json) printJson(saved.length === 1 ? saved[0] : saved);
    else saved.forEach((r, i) => console.log(`${replaced.has(i) ? 'replaced' : 'added'} ${recordLine({ ...r, sourceCount: r.citations.length })}`));
  },
};
