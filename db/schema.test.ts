import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SCHEMA_FILE, schemaSql } from './schema';

describe('db/schema.sql', () => {
  it('is the schema the migrations produce (run npm run schema after adding one)', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), schemaSql(), 'db/schema.sql is out of date: run npm run schema');
  });

  it('lists each FTS table once, without the shadow tables FTS5 derives from it', () => {
    const sql = readFileSync(SCHEMA_FILE, 'utf8');
    assert.match(sql, /CREATE VIRTUAL TABLE records_fts USING fts5/);
    assert.doesNotMatch(sql, /records_fts_(data|idx|content|docsize|config)/);
  });
});
