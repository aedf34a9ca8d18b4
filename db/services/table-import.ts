import type { z } from 'zod';
import type { TableApplied, TableError, TableField, TableMapping, TablePlan, TablePreview, TableRowItem } from '../../api/contract/exchange';
import { RecordInput } from '../../api/contract/records';
import { AppError, invalidArgument, type Reason } from '../../api/errors';
import { readCsvTable } from '../../import/exchange/table-csv';
import { readXlsxTable } from '../../import/exchange/table-xlsx';
import type { TableRead, TableRow } from '../../import/exchange/table';
import { LIMITS } from '../../import/limits';
import { backupBefore } from '../backups';
import type { Db } from '../connection';
import { findNode } from '../queries/resolve';
import { invalidateTree } from '../queries/tree-cache';
import { writeTx } from '../tx';
import { saveRecord, type ParsedRecord } from './record-save';
import { proposeMapping, rememberedMapping, rememberMapping, sameMapping } from './table-mapping';
import { codeOf, listItems, parseTarget, VOCAB } from './table-values';

// Records from a table (CSV, xlsx): each row becomes the record `chainline add`
// would make of the same values, names resolved the same way. Every row is
// checked before anything is written; the import is all or nothing, or, when
// asked, of the valid rows only. A row whose record id is already here is
// reported and left alone, so importing an exported table again changes nothing.

export interface TableOptions {
  mapping?: TableMapping;
  validOnly?: boolean;
}

export interface TableFile {
  fileName: string;
  bytes: Uint8Array;
}

const LIST_MAX = 1000;

/** The record input key each field fills. */
const INPUT_KEY: Record<TableField, string> = {
  id: 'id', title: 'title', kind: 'kind', subkind: 'subkind', date: 'date', date_start: 'dateStart', date_end: 'dateEnd', issued_on: 'issuedOn',
  status: 'status', level: 'level', chains: 'chains', regions: 'regions', tags: 'tags', targets: 'targets', summary: 'summary', notes: 'notes',
  place: 'place', host_body: 'hostBody', doc_number: 'docNumber',
};
/** Where an input key's errors point when no column filled it (an end date without a start: the date column). */
const FALLBACK: Record<string, string[]> = { dateStart: ['date'], dateEnd: ['date', 'dateStart'], date: ['dateStart'] };

async function readTable(f: TableFile, format: 'csv' | 'xlsx'): Promise<TableRead> {
  if (f.bytes.length > LIMITS.tableBytes) {
    throw new AppError('too-large', `${f.fileName} is ${(f.bytes.length / 2 ** 20).toFixed(1)} MB; a table may be at most ${LIMITS.tableBytes / 2 ** 20} MB: split it`, 'fileName');
  }
  return format === 'csv' ? readCsvTable(f.bytes, f.fileName) : readXlsxTable(f.bytes);
}

function chooseMapping(db: Db, headers: string[], given?: TableMapping): { mapping: TableMapping; from: TablePlan['mappingFrom'] } {
  const remembered = rememberedMapping(db, headers);
  const base = remembered ?? proposeMapping(headers);
  if (!given) return { mapping: base, from: remembered ? 'remembered' : 'proposed' };
  const mapping: TableMapping = {};
  for (const h of headers) mapping[h] = h in given ? given[h] : base[h];
  return { mapping, from: 'given' };
}

interface Checked {
  item: TableRowItem | null;
  input: ParsedRecord | null;
  errors: TableError[];
}

const quote = (v: string) => `'${v.length > 80 ? `${v.slice(0, 80)}…` : v}'`;

function cellError(row: number, column: string | null, value: string | null, what: string, why?: { reason: Reason; params?: Record<string, string | number> }): TableError {
  const where = column ? `row ${row}, column ${column}` : `row ${row}`;
  // "'2024-13' is not a date" reads as a sentence; "the end date is before the start date ('2023')" names the value after.
  const said = !value ? what : what.startsWith('is ') ? `${quote(value)} ${what}` : `${what} (${quote(value)})`;
  return { row, column, value, message: `${where}: ${said}`, ...(why ?? {}) };
}

/** One row checked whole: every error it has, or the record it makes. */
function checkRow(db: Db, r: TableRow, headers: string[], mapping: TableMapping): Checked {
  const errors: TableError[] = [];
  const input: Record<string, unknown> = {};
  const headerOf = new Map<string, string>();
  const cellOf = new Map<string, string>();
  const refused = new Set<string>();
  headers.forEach((h, i) => {
    const field = mapping[h];
    const cell = r.cells[i];
    if (!field) return;
    const k = INPUT_KEY[field];
    headerOf.set(k, h);
    if (cell === '') return;
    cellOf.set(k, cell);
    const bad = (what: string, reason: Reason = 'not-allowed', params?: Record<string, string | number>) => {
      refused.add(k);
      errors.push(cellError(r.row, h, cell, what, { reason, ...(params ? { params } : {}) }));
    };
    switch (field) {
      case 'kind':
      case 'subkind':
      case 'status':
      case 'level': {
        const code = codeOf(VOCAB[field], cell);
        if (code) input[k] = code;
        else bad(`is not a ${field === 'subkind' ? 'meeting kind' : field}: use ${VOCAB[field].codes.join(', ')}`);
        break;
      }
      case 'chains':
      case 'regions': {
        const tree = field;
        const ids: string[] = [];
        for (const name of listItems(cell)) {
          const id = findNode(db, tree, name);
          if (id) ids.push(id);
          else errors.push(cellError(r.row, h, name, `is not a known ${tree === 'chains' ? 'chain' : 'region'}`, { reason: 'unknown-node', params: { name } }));
        }
        input[k] = [...new Set(ids)];
        break;
      }
      case 'tags':
        input[k] = [...new Set(listItems(cell))];
        break;
      case 'targets':
        input[k] = cell.split(/[;；\n]+/).map((s) => s.trim()).filter(Boolean).map(parseTarget);
        break;
      default:
        input[k] = cell;
    }
  });
  const parsed = RecordInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      // A value already refused above (an unknown kind left out) is not refused twice as missing.
      if (refused.has(key)) continue;
      const at = [key, ...(FALLBACK[key] ?? [])].find((k) => headerOf.has(k));
      const column = at ? headerOf.get(at)! : null;
      const value = at ? (cellOf.get(at) ?? null) : null;
      const data = invalidArgument({ issues: [issue] } as z.ZodError);
      const what = data.reason === 'not-a-date' ? 'is not a date (write 2024, 2024-06, 2024-06-12 or 2024年6月)' : issue.message;
      const missing = data.reason === 'required' && !value;
      errors.push(cellError(r.row, column, value, missing ? `${key === 'title' ? 'a title' : key === 'kind' ? 'a kind' : key} is required` : what, { reason: data.reason ?? 'invalid', ...(data.params ? { params: data.params } : {}) }));
    }
  }
  if (errors.length || !parsed.success) return { item: null, input: null, errors };
  const rec = parsed.data;
  const names = (field: 'chains' | 'regions') => listItems(cellOf.get(field) ?? '');
  return {
    input: rec,
    errors,
    item: {
      row: r.row, id: rec.id ?? null, title: rec.title, kind: rec.kind, dateStart: rec.dateStart ?? null, dateEnd: rec.dateEnd ?? null,
      status: rec.status ?? null, chains: names('chains'), regions: names('regions'), tags: rec.tags,
    },
  };
}

interface Planned {
  plan: TablePlan;
  inputs: ParsedRecord[];
  /** Errors of the file or the mapping: no row can be imported while there is one. */
  fileErrors: TableError[];
}

function planTable(db: Db, read: TableRead, opts: TableOptions): Planned {
  const { headers } = read;
  const { mapping, from } = chooseMapping(db, headers, opts.mapping);
  const errors: TableError[] = read.errors.map((e) => ({ row: e.row, column: null, value: null, message: e.message }));
  const unknownHeader = opts.mapping && Object.keys(opts.mapping).find((h) => !headers.includes(h));
  if (unknownHeader) errors.push({ row: null, column: unknownHeader, value: null, message: `the mapping names a column the file does not have: ${unknownHeader}` });
  const byField = new Map<TableField, string>();
  for (const h of headers) {
    const f = mapping[h];
    if (!f) continue;
    if (byField.has(f)) errors.push({ row: null, column: h, value: null, message: `columns ${byField.get(f)} and ${h} both fill ${f}: leave one out` });
    byField.set(f, h);
  }
  if (byField.has('date') && (byField.has('date_start') || byField.has('date_end')))
    errors.push({ row: null, column: byField.get('date')!, value: null, message: `columns ${byField.get('date')} and ${byField.get('date_start') ?? byField.get('date_end')} both give the date: map one of them` });
  if (headers.length) for (const need of ['title', 'kind'] as const) {
    if (!byField.has(need)) errors.push({ row: null, column: null, value: null, message: `no column is mapped to ${need}: every record needs one`, reason: 'required', params: { field: need } });
  }
  const fileErrors = [...errors];
  const add: TableRowItem[] = [];
  const inputs: ParsedRecord[] = [];
  const existing: TablePlan['existing'] = [];
  const invalidRows: number[] = [];
  const idRow = new Map<string, number>();
  const find = db.prepare(`SELECT title FROM records WHERE id = ?`);
  if (!fileErrors.length) {
    for (const r of read.rows) {
      const c = checkRow(db, r, headers, mapping);
      const id = c.input?.id;
      if (id && idRow.has(id)) c.errors.push(cellError(r.row, byField.get('id') ?? null, id, `is the id of row ${idRow.get(id)} too`, { reason: 'invalid' }));
      if (c.errors.length || !c.input || !c.item) {
        invalidRows.push(r.row);
        errors.push(...c.errors);
        continue;
      }
      if (id) {
        idRow.set(id, r.row);
        const here = find.get(id) as { title: string } | undefined;
        if (here) {
          existing.push({ row: r.row, id, title: here.title });
          continue;
        }
      }
      add.push(c.item);
      inputs.push(c.input);
    }
  }
  return {
    plan: {
      headers, mapping, mappingFrom: from, rows: read.rows.length,
      add: add.slice(0, LIST_MAX), existing: existing.slice(0, LIST_MAX), invalidRows, errors: errors.slice(0, LIST_MAX),
      counts: { add: add.length, existing: existing.length, invalid: invalidRows.length, errors: errors.length, file: fileErrors.length },
    },
    inputs,
    fileErrors,
  };
}

/** What importing the table would do; writes nothing. */
export async function previewTable(db: Db, f: TableFile, format: 'csv' | 'xlsx', opts: TableOptions = {}): Promise<TablePreview> {
  const read = await readTable(f, format);
  return { fileName: f.fileName, format, encoding: read.encoding, plan: planTable(db, read, opts).plan };
}

const summary = (p: TablePlan) =>
  `${p.counts.invalid} of ${p.rows} rows have errors${p.errors.length ? `: ${p.errors.slice(0, 3).map((e) => e.message).join('; ')}${p.counts.errors > 3 ? `; and ${p.counts.errors - 3} more` : ''}` : ''}`;

/** Imports the table's rows in one transaction: all of them, or with `validOnly` the valid ones; nothing when any error remains. */
export async function applyTable(db: Db, dbPath: string, f: TableFile, format: 'csv' | 'xlsx', opts: TableOptions = {}): Promise<TableApplied> {
  const read = await readTable(f, format);
  const meta = { fileName: f.fileName, format, encoding: read.encoding };
  const { plan, inputs, fileErrors } = planTable(db, read, opts);
  if (fileErrors.length) throw new AppError('invalid-argument', `${f.fileName}: ${fileErrors.slice(0, 3).map((e) => e.message).join('; ')}`, 'fileName');
  if (plan.counts.invalid && !opts.validOnly) throw new AppError('invalid-argument', `${f.fileName}: nothing was imported: ${summary(plan)} (fix them, or import only the valid rows)`, 'fileName');
  // A mapping the researcher changed is kept for the next file with these headers; the proposal needs no keeping.
  const remember = !sameMapping(plan.mapping, proposeMapping(plan.headers), plan.headers) && !sameMapping(plan.mapping, rememberedMapping(db, plan.headers) ?? {}, plan.headers);
  if (!inputs.length && !remember) return { ...meta, plan, added: 0, backup: null };
  const backup = inputs.length ? await backupBefore(db, dbPath, 'before-import') : null;
  try {
    writeTx(db, () => {
      for (const input of inputs) saveRecord(db, input, { reason: 'edit' });
      if (remember) rememberMapping(db, plan.headers, plan.mapping);
    });
  } catch (err) {
    invalidateTree(db, 'chains');
    throw err;
  }
  return { ...meta, plan, added: inputs.length, backup: backup?.name ?? null };
}
