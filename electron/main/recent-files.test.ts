import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addRecent, inRecent, MAX_RECENT, removeRecent } from './recent-files';

describe('recent files', () => {
  it('puts the latest first and keeps one entry per file', () => {
    let list: string[] = [];
    for (const f of ['/r/a.db', '/r/b.db', '/r/a.db', '/r/c.db', '/r/./b.db']) list = addRecent(list, f, { platform: 'linux' });
    assert.deepEqual(list, ['/r/./b.db', '/r/c.db', '/r/a.db']);
  });

  it('treats paths differing only in case as one file on Windows and macOS, two on Linux', () => {
    assert.deepEqual(addRecent(['C:\\Research\\芯片.DB'], 'c:\\research\\芯片.db', { platform: 'win32' }), ['c:\\research\\芯片.db']);
    assert.deepEqual(addRecent(['/Users/li/Chips.db'], '/Users/li/chips.db', { platform: 'darwin' }), ['/Users/li/chips.db']);
    assert.deepEqual(addRecent(['/home/li/Chips.db'], '/home/li/chips.db', { platform: 'linux' }), ['/home/li/chips.db', '/home/li/Chips.db']);
  });

  it('is capped, dropping the oldest', () => {
    let list: string[] = [];
    for (let i = 0; i < 25; i++) list = addRecent(list, `/r/${i}.db`, { platform: 'linux' });
    assert.equal(list.length, MAX_RECENT);
    assert.equal(list[0], '/r/24.db');
    assert.equal(list.at(-1), `/r/${25 - MAX_RECENT}.db`);
    assert.equal(addRecent(list, '/r/x.db', { max: 3, platform: 'linux' }).length, 3);
  });

  it('removes and looks up by the same rule', () => {
    const list = ['C:\\a.db', 'C:\\b.db'];
    assert.deepEqual(removeRecent(list, 'c:\\A.DB', 'win32'), ['C:\\b.db']);
    assert.equal(inRecent(list, 'c:\\B.db', 'win32'), true);
    assert.equal(inRecent(list, 'C:\\c.db', 'win32'), false);
    assert.equal(inRecent(['/a.db'], '/A.db', 'linux'), false);
  });
});
