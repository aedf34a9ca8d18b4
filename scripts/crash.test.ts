import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempDir } from '../db/test-helpers';
import { crashHarness } from './crash-harness';

// SIGKILL at random moments during add, import, demo, bulk edit, backup,
// restore and migration; after every kill the database must pass
// integrity_check, foreign_key_check and FTS5's integrity-check, every
// acknowledged commit must be there and every imported file wholly in or absent.
// npm run soak does the same a thousand times and more.
test('crash harness: 52 SIGKILLs at random moments leave every database whole and every acknowledged commit in it', { timeout: 170_000 }, async () => {
  const tmp = tempDir('chainline-crash-');
  try {
    const r = await crashHarness({ kills: 52, workDir: tmp.dir, seed: Number(process.env.CRASH_SEED ?? Date.now() % 100000), parallel: 2 });
    const summary = JSON.stringify({ ...r, problems: r.problems.slice(0, 5) });
    assert.ok(r.kills >= 52, summary);
    for (const m of ['add', 'import', 'demo', 'bulk', 'backup', 'restore', 'migrate']) assert.ok((r.byMode[m] ?? 0) > 0, `no kill during ${m}: ${summary}`);
    assert.equal(r.corrupt, 0, summary);
    assert.equal(r.lostAcks, 0, summary);
    assert.equal(r.halfFiles, 0, summary);
    assert.equal(r.badBackups, 0, summary);
    assert.deepEqual(r.problems, []);
  } finally {
    tmp.cleanup();
  }
});
