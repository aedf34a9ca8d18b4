import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DatabaseFileKind } from './database-file';
import { openFirst, startupCandidates } from './initial-project';

const kinds = (map: Record<string, DatabaseFileKind>) => (file: string) => map[file] ?? 'missing';

describe('the database opened at start', () => {
  it('CHAINLINE_DB wins, as for the CLI', () => {
    assert.deepEqual(startupCandidates({ envFile: '/e.db', lastFile: '/l.db', defaultFile: '/d.db', classify: kinds({ '/l.db': 'chainline' }) }), ['/e.db']);
  });

  it('then the file open at the last quit, then the default in the user data folder', () => {
    assert.deepEqual(startupCandidates({ lastFile: '/l.db', defaultFile: '/d.db', classify: kinds({ '/l.db': 'chainline' }) }), ['/l.db', '/d.db']);
    for (const k of ['missing', 'foreign', 'not-sqlite'] as const) {
      assert.deepEqual(startupCandidates({ lastFile: '/l.db', defaultFile: '/d.db', classify: kinds({ '/l.db': k }) }), ['/d.db'], k);
    }
    assert.deepEqual(startupCandidates({ lastFile: '/d.db', defaultFile: '/d.db', classify: kinds({ '/d.db': 'chainline' }) }), ['/d.db']);
  });

  it('a file that fails to open (newer schema, damaged) is reported and the next one is tried', () => {
    const r = openFirst(['/new.db', '/d.db'], (f) => {
      if (f === '/new.db') throw new Error('this database has schema version 9');
      return `project ${f}`;
    });
    assert.equal(r.project, 'project /d.db');
    assert.deepEqual(r.failures.map((x) => [x.file, x.error.message]), [['/new.db', 'this database has schema version 9']]);
    assert.equal(openFirst(['/a.db'], () => { throw new Error('x'); }).project, null);
  });
});
