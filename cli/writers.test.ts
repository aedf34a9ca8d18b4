import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../db/test-helpers';
import { runCli } from './run-cli';

// Two researchers' tools on one file: two imports and an add at the same
// moment must all finish, with every file and record accounted for.
const tmp = tempDir('chainline-writers-');
after(() => tmp.cleanup());

const run = runCli;

function folder(name: string, n: number): string {
  const dir = path.join(tmp.dir, name);
  mkdirSync(dir);
  for (let i = 0; i < n; i++)
    writeFileSync(path.join(dir, `${i}.txt`), `${name}市第${i}次产业链推进会召开\n\n${'会议强调，要推动产业链高质量发展，加快重点项目建设。'.repeat(3)}编号${name}-${i}。`);
  return dir;
}

describe('two writers on one database', () => {
  it('two imports and an add at once all finish; every file and record is stored', async () => {
    const db = path.join(tmp.dir, 'shared.db');
    assert.equal((await run(['--db', db, 'init'])).code, 0);
    const [a, b, add] = await Promise.all([
      run(['--db', db, '--json', 'import', folder('洛阳', 60)]),
      run(['--db', db, '--json', 'import', folder('郑州', 60)]),
      run(['--db', db, 'add', '-'], JSON.stringify({ kind: 'meeting', title: '导入期间添加的会议', date: '2024-05-01' })),
    ]);
    for (const r of [a, b, add]) assert.equal(r.code, 0, r.stderr);
    const statuses = [a, b].flatMap((r) => (JSON.parse(r.stdout) as { status: string }[]).map((f) => f.status));
    assert.deepEqual([...new Set(statuses)], ['imported']);
    assert.equal(statuses.length, 120);
    const d = new Database(db, { readonly: true });
    try {
      assert.equal((d.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n, 120);
      assert.equal((d.prepare(`SELECT count(*) AS n FROM records WHERE title = '导入期间添加的会议'`).get() as { n: number }).n, 1);
    } finally {
      d.close();
    }
  });
});
