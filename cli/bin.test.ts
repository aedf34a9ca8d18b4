import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../db/test-helpers';
import { BIN } from './run-cli';

// bin/chainline in a stand-in checkout whose bundle and sources each say which
// one ran: the bundle only while it is newer than every source, else the sources.

let tmp: ReturnType<typeof tempDir>;
const SOURCE_DIRS = ['api', 'cli', 'db', 'export', 'host', 'i18n', 'import', 'server'];
const at = (root: string, ...p: string[]) => path.join(root, ...p);
const past = new Date('2020-01-01T00:00:00Z');
const built = new Date('2021-01-01T00:00:00Z');
const later = new Date('2022-01-01T00:00:00Z');

function ran(root: string): string {
  const r = spawnSync(process.execPath, [at(root, 'bin', 'chainline'), 'x'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

let root: string;
before(() => {
  tmp = tempDir('chainline-bin-');
  root = tmp.dir;
  mkdirSync(at(root, 'bin'));
  cpSync(BIN, at(root, 'bin', 'chainline'));
  symlinkSync(path.resolve(path.dirname(BIN), '..', 'node_modules'), at(root, 'node_modules'));
  mkdirSync(at(root, 'scripts'));
  for (const f of ['package.json', 'package-lock.json', 'scripts/build.mjs']) writeFileSync(at(root, f), '{"type":"module"}');
  for (const d of SOURCE_DIRS) mkdirSync(at(root, d, 'sub'), { recursive: true });
  writeFileSync(at(root, 'cli', 'main.ts'), "export const main = async (): Promise<number> => { console.log('source'); return 0; };");
  writeFileSync(at(root, 'db', 'sub', 'deep.ts'), '');
  mkdirSync(at(root, 'dist', 'cli'), { recursive: true });
  writeFileSync(at(root, 'dist', 'cli', 'chainline.mjs'), "export const main = async () => { console.log('bundle'); return 0; };");
});
after(() => tmp.cleanup());

// Everything dated before the bundle, then one path dated after it.
function date(newer?: string): void {
  for (const f of ['package.json', 'package-lock.json', 'scripts/build.mjs', 'cli/main.ts', 'db/sub/deep.ts']) utimesSync(at(root, f), past, past);
  for (const d of SOURCE_DIRS) for (const p of [at(root, d, 'sub'), at(root, d)]) utimesSync(p, past, past);
  utimesSync(at(root, 'dist', 'cli', 'chainline.mjs'), built, built);
  if (newer) utimesSync(at(root, newer), later, later);
}

describe('bin/chainline: the bundle or the sources', () => {
  it('runs the bundle when it is newer than every source', () => {
    date();
    assert.equal(ran(root), 'bundle');
  });

  it('runs the sources when a source file, a folder, the lock file or the build script is newer', () => {
    for (const p of ['db/sub/deep.ts', 'import/sub', 'package-lock.json', 'scripts/build.mjs']) {
      date(p);
      assert.equal(ran(root), 'source', p);
    }
  });

  it('ignores a newer test file, which the bundle does not contain', () => {
    writeFileSync(at(root, 'db', 'sub', 'deep.test.ts'), '');
    date();
    utimesSync(at(root, 'db', 'sub', 'deep.test.ts'), later, later);
    assert.equal(ran(root), 'bundle');
    rmSync(at(root, 'db', 'sub', 'deep.test.ts'));
  });

  it('runs the sources when there is no bundle', () => {
    rmSync(at(root, 'dist'), { recursive: true });
    assert.equal(ran(root), 'source');
  });
});
