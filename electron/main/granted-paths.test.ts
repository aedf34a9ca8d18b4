import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GrantedPaths, importPathsGuard } from './granted-paths';

describe('paths chosen in import dialogs', () => {
  it('allows the chosen files and anything inside a chosen folder, nothing else', () => {
    const g = new GrantedPaths('linux');
    g.grant(['/home/li/文章/a.html', '/home/li/剪报']);
    for (const p of ['/home/li/文章/a.html', '/home/li/剪报', '/home/li/剪报/2023/b.docx', '/home/li/剪报/./c.txt']) assert.equal(g.allows(p), true, p);
    for (const p of ['/home/li/文章/b.html', '/home/li/文章', '/home/li/剪报2/x.txt', '/home/li/剪报/../.ssh/id_rsa.txt', '/etc/passwd', '/']) assert.equal(g.allows(p), false, p);
  });

  it('ignores case where the file system does', () => {
    const g = new GrantedPaths('win32');
    g.grant(['C:\\Users\\Li\\Clippings']);
    assert.equal(g.allows('c:\\users\\li\\clippings\\A.PDF'), true);
    assert.equal(g.allows('C:\\Users\\Li\\Desktop\\x.txt'), false);
  });

  it('the IPC guard refuses imports.paths naming an ungranted path, and nothing else', () => {
    const g = new GrantedPaths('linux');
    g.grant(['/data/in']);
    const guard = importPathsGuard(g);
    assert.equal(guard('imports.paths', { paths: ['/data/in', '/data/in/x.txt'] }), null);
    assert.deepEqual(guard('imports.paths', { paths: ['/data/in/x.txt', '/home/li/.bash_history.txt'] }), {
      ok: false, error: { code: 'forbidden', message: 'paths.1: not chosen in a file dialog', field: 'paths.1' },
    });
    assert.equal(guard('imports.paths', { paths: 'nope' }), null, 'left to dispatch to reject as invalid');
    assert.equal(guard('records.list', { paths: ['/etc'] }), null);
  });
});
