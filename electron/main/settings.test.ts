import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../db/test-helpers';
import { readSettings, settingsStore } from './settings';

const tmp = tempDir('chainline-settings-');
after(() => tmp.cleanup());

describe('shell settings file', () => {
  it('round-trips and writes atomically (no temporary file left behind)', () => {
    const file = path.join(tmp.dir, 'a.json');
    const store = settingsStore(file);
    assert.deepEqual(store.get(), { recent: [] });
    store.update({ recent: ['/r/a.db'], lang: 'en', window: { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true } });
    assert.deepEqual(readSettings(file), store.get());
    assert.deepEqual(readdirSync(tmp.dir), ['a.json']);
  });

  it('a missing, corrupt or hand-edited file gives defaults for the bad parts only', () => {
    const file = path.join(tmp.dir, 'b.json');
    assert.deepEqual(readSettings(file), { recent: [] });
    writeFileSync(file, '{ not json');
    assert.deepEqual(readSettings(file), { recent: [] });
    writeFileSync(file, JSON.stringify({ recent: 'x', lang: 'fr', lastDatabase: '/r/a.db', window: { bounds: { width: -1 } } }));
    assert.deepEqual(readSettings(file), { recent: [], lastDatabase: '/r/a.db', lang: undefined, window: undefined });
    writeFileSync(file, JSON.stringify({ recent: Array.from({ length: 30 }, (_, i) => `/r/${i}.db`) }));
    assert.equal(readSettings(file).recent.length, 10);
  });

  it('a failed write is reported, not thrown, and the values stay in memory', () => {
    const errors: string[] = [];
    const store = settingsStore(path.join(tmp.dir, 'no-such-dir', 'c.json'), (e) => errors.push(e.message));
    store.update({ lang: 'zh' });
    assert.equal(store.get().lang, 'zh');
    assert.equal(errors.length, 1);
    assert.match(readFileSync(path.join(tmp.dir, 'a.json'), 'utf8'), /"lang": "en"/);
  });
});
