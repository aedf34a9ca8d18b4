import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { classifyDatabaseFile } from './database-file';

const tmp = tempDir('chainline-dbfile-');
after(() => tmp.cleanup());
const file = (name: string) => path.join(tmp.dir, name);

describe('what a chosen database file is', () => {
  it('a Chainline database, also one another process has open in WAL mode', () => {
    const { db } = openDatabase(file('project.db'));
    try {
      assert.equal(classifyDatabaseFile(file('project.db')), 'chainline');
    } finally {
      db.close();
    }
    assert.equal(classifyDatabaseFile(file('project.db')), 'chainline');
  });

  it('missing, empty (zero bytes or no tables) files can be opened as new projects', () => {
    assert.equal(classifyDatabaseFile(file('nope.db')), 'missing');
    writeFileSync(file('zero.db'), '');
    assert.equal(classifyDatabaseFile(file('zero.db')), 'empty');
    new Database(file('blank.db')).exec('VACUUM').close();
    assert.equal(classifyDatabaseFile(file('blank.db')), 'empty');
  });

  it('another program\'s SQLite database is foreign and is left untouched', () => {
    const other = new Database(file('browser-history.sqlite'));
    other.exec('CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO urls (url) VALUES (\'https://x\')');
    other.close();
    assert.equal(classifyDatabaseFile(file('browser-history.sqlite')), 'foreign');
    const versioned = new Database(file('versioned.db'));
    versioned.exec('CREATE TABLE notes (x); PRAGMA user_version = 3');
    versioned.close();
    assert.equal(classifyDatabaseFile(file('versioned.db')), 'foreign', 'a user_version alone does not make it ours');
    const check = new Database(file('browser-history.sqlite'), { readonly: true });
    assert.deepEqual(check.prepare('SELECT name FROM sqlite_master').all(), [{ name: 'urls' }]);
    check.close();
  });

  it('a file that is not SQLite, or a folder, is refused', () => {
    writeFileSync(file('notes.db'), '这不是数据库'.repeat(20));
    assert.equal(classifyDatabaseFile(file('notes.db')), 'not-sqlite');
    writeFileSync(file('short.db'), 'SQLite');
    assert.equal(classifyDatabaseFile(file('short.db')), 'not-sqlite');
    mkdirSync(file('folder.db'));
    assert.equal(classifyDatabaseFile(file('folder.db')), 'not-sqlite');
  });
});
