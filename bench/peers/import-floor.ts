import { readFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { decodeBytes } from '../../import/decode/decode';

/**
 * The import peer: the least any importer does with the same folder. Read
 * each file, detect and decode its encoding (Chainline's decoder), store the
 * text in a one-table SQLite database, each file its own durable transaction
 * as Chainline commits them. No cleaning, no suggestions, no search index.
 */
export async function importFloor(dbFile: string, files: string[]): Promise<number> {
  const db = new Database(dbFile);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO docs (name, body) VALUES (?, ?)');
    const store = db.transaction((name: string, body: string) => insert.run(name, body));
    let stored = 0;
    for (const f of files) {
      const decoded = decodeBytes(await readFile(f));
      if (decoded.ok) {
        store(f, decoded.text);
        stored++;
      }
    }
    return stored;
  } finally {
    db.close();
  }
}
