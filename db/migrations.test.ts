import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MIGRATIONS_DIR } from './schema';

// Migrations are forward-only: once one has shipped, databases out there have
// run it, so changing it would give two databases with the same version and
// different schemas. A change to the schema is a new migration instead.
const LANDED: Record<string, string> = {
  '0001_init.sql': '0a1f7b4b114bc3cee6f358537df53a9f5c031952b247449d10882f482eabe4de',
  '0002_fts_split.sql': 'b2a60952acbb8f0600e95515c44fb1fbfffd74989d4b31f420ef6856e295cbbe',
  '0003_trash_index.sql': '948cb1baab24fc503fb40f6ce1c08ec52ef407fd8708732dcc9de8288fca9cfb',
  '0008_merge_versions.sql': 'a1e99a3e22d14b0a662644b9a7ae452cdd4e85f510ba3fc196297d301e859661',
};

describe('landed migrations', () => {
  for (const [file, sha256] of Object.entries(LANDED)) {
    it(`${file} is unchanged`, () => {
      const actual = createHash('sha256').update(readFileSync(path.join(MIGRATIONS_DIR, file))).digest('hex');
      assert.equal(actual, sha256, `${file} changed after it landed: write a new migration instead`);
    });
  }
});
