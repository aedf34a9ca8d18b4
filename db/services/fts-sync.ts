import type { Db } from '../open';
import { stmt } from '../stmt';
import { ftsColumns } from '../text/fts';

// The FTS tables are contentless and fed by the services (not triggers),
// because the text must be folded and split by our tokenizer in JS first.

type FtsTable = 'records_fts' | 'sources_fts';

export function indexText(db: Db, table: FtsTable, seq: number, title: string, body: string): void {
  const t = ftsColumns(title);
  const b = ftsColumns(body);
  stmt(db, `DELETE FROM ${table} WHERE rowid = ?`).run(seq);
  stmt(db, `INSERT INTO ${table} (rowid, title_uni, title_bi, body_uni, body_bi) VALUES (?, ?, ?, ?, ?)`).run(seq, t.uni, t.bi, b.uni, b.bi);
}

export function unindex(db: Db, table: FtsTable, seq: number): void {
  stmt(db, `DELETE FROM ${table} WHERE rowid = ?`).run(seq);
}
