import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { after, describe, it } from 'node:test';
import { openDatabase } from './open';
import { recoverDatabase } from './recover';
import { tempDir, wrap } from './test-helpers';

const tmp = tempDir('chainline-recover-');
after(() => tmp.cleanup());

describe('recover', () => {
  it('keeps every readable row usable when a lost page took parent rows: links to them removed, optional references cleared, reported', async () => {
    const src = path.join(tmp.dir, 'lost.db');
    const t = wrap(openDatabase(src, { backups: false }).db, src);
    const record = await t.add({ kind: 'meeting', title: '洛阳市光电产业链推进会', regions: ['洛阳市'], chains: ['光电'] });
    t.db.pragma('wal_checkpoint(TRUNCATE)');
    t.close();
    // As if the page holding 洛阳市 and 光电 were lost: their rows are gone, the links to them are not.
    const raw = new Database(src);
    raw.pragma('foreign_keys = OFF');
    raw.exec(`DELETE FROM regions WHERE name = '洛阳市'; DELETE FROM chains WHERE name = '光电'`);
    raw.close();

    const out = path.join(tmp.dir, 'salvaged.db');
    const r = recoverDatabase(src, out, { method: 'rows' });
    assert.ok(r.repaired && r.repaired.removed >= 2, JSON.stringify(r.repaired));
    const db = new Database(out, { readonly: true });
    try {
      assert.deepEqual(db.pragma('foreign_key_check'), []);
      assert.equal((db.prepare('SELECT title FROM records WHERE id = ?').get(record) as { title: string }).title, '洛阳市光电产业链推进会');
    } finally {
      db.close();
    }
  });
});
