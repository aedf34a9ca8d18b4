import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../db/test-helpers';

const BIN = path.join(import.meta.dirname, '..', 'bin', 'chainline');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CHAINLINE_DB: '', CHAINLINE_DEBUG: '' } });

let tmp: ReturnType<typeof tempDir>;
before(() => (tmp = tempDir('chainline-reclean-')));
after(() => tmp.cleanup());

describe('chainline reclean', () => {
  it('cleans every source again and lists the citations it could not find again', () => {
    const db = path.join(tmp.dir, 'r.db');
    const file = path.join(tmp.dir, 'a.txt');
    writeFileSync(file, '河南省召开链长会议\n\n来源：河南日报  2024-06-12\n\n会议强调，要加快培育龙头企业。\n\n责任编辑：王某\n');
    assert.equal(run(['--db', db, 'import', file]).status, 0);
    // As an older cleaning left it: the editor line still in the body, and cited.
    const d = new Database(db);
    const { id } = d.prepare('SELECT id FROM sources').get() as { id: string };
    const old = '会议强调，要加快培育龙头企业。\n\n责任编辑：王某';
    d.prepare('UPDATE sources SET body = ? WHERE id = ?').run(old, id);
    const now = new Date().toISOString();
    d.prepare(`INSERT INTO records (id, kind, title, created_at, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'meeting', '链长会议', ?, ?)`).run(now, now);
    d.prepare(`INSERT INTO citations (id, record_id, source_id, quote, start_offset, end_offset, created_at, updated_at) VALUES (?, '11111111-1111-4111-8111-111111111111', ?, '责任编辑：王某', 17, 24, ?, ?)`).run('22222222-2222-4222-8222-222222222222', id, now, now);
    d.close();
    const r = run(['--db', db, 'reclean', '--all']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /0 citation\(s\) re-anchored, 1 not found/);
    assert.match(r.stdout, /not found, kept and flagged: 「责任编辑：王某」 \(cited by 链长会议/);
    assert.match(r.stdout, /1 source\(s\) cleaned again, 1 changed, 1 citation\(s\) to look at/);
    assert.equal(run(['--db', db, 'reclean']).status, 2);
  });
});
