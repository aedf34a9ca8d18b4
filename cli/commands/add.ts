import { readFileSync } from 'node:fs';
import { AppError } from '../../api/errors';
import type { RecordDetail } from '../../api/contract/records';
import { UsageError } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { printJson, recordLine } from '../output';

function readInput(file: string): unknown[] {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new AppError('invalid-argument', `${file === '-' ? 'standard input' : file} is not JSON: ${(err as Error).message}`);
  }
  return Array.isArray(value) ? value : [value];
}

export const add: Command = {
  name: 'add',
  usage: 'chainline add FILE|- [--create-tags]',
  summary: 'add records from JSON (one object or an array); chains and regions may be names',
  options: { 'create-tags': { type: 'boolean', default: false } },
  async run({ dbPath, json, positionals, values }) {
    if (positionals.length !== 1) throw new UsageError('add takes one FILE, or - for standard input');
    const items = readInput(positionals[0]);
    const s = openSession(dbPath);
    const saved: RecordDetail[] = [];
    try {
      // A file's records go in together or not at all: each save nests inside this savepoint.
      s.db.exec('SAVEPOINT add_batch');
      try {
        for (const [i, record] of items.entries()) {
          try {
            saved.push(await s.api.records.save({ record: record as never, createTags: values['create-tags'] === true }));
          } catch (err) {
            const e = err as AppError;
            throw new AppError(e.code ?? 'invalid-argument', `record ${i + 1}: ${e.message}`, e.field);
          }
        }
        s.db.exec('RELEASE add_batch');
      } catch (err) {
        s.db.exec('ROLLBACK TO add_batch');
        s.db.exec('RELEASE add_batch');
        throw err;
      }
    } finally {
      s.close();
    }
    if (json) printJson(saved.length === 1 ? saved[0] : saved);
    else saved.forEach((r) => console.log(`added ${recordLine({ ...r, sourceCount: r.citations.length })}`));
  },
};
