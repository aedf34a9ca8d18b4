import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Bridge, Notice } from '../../electron/shared/bridge';
import { electronPlatform } from './electron';

/** A bridge that records what the platform asks of it and answers like the main process would. */
function fakeBridge(answers: Partial<Record<string, unknown>> = {}) {
  const calls: [string, unknown][] = [];
  const listeners: ((n: Notice) => void)[] = [];
  const bridge = {
    platform: 'electron',
    invoke: async (channel: string, args: unknown) => {
      calls.push([channel.replace(/^shell\./, ''), args]);
      if (!channel.startsWith('shell.')) return { ok: true, result: { echoed: channel } };
      const answer = answers[channel.slice(6)];
      return answer instanceof Error ? { ok: false, error: { code: 'forbidden', message: answer.message, field: 'file' } } : { ok: true, result: answer ?? null };
    },
    exportPdf: async () => null,
    shell: {},
    onNotice: (l: (n: Notice) => void) => (listeners.push(l), () => void listeners.splice(listeners.indexOf(l), 1)),
  } as unknown as Bridge;
  return { bridge, calls, listeners };
}

describe('the desktop platform', () => {
  it('sends contract calls through the bridge and keeps native dialogs for picking, saving and printing', async () => {
    const { bridge, calls } = fakeBridge({ pickImportPaths: ['/home/a.txt'], exportData: { file: '/home/r.csv', records: 3 }, exportPdf: { file: '/home/t.pdf', pages: 7 } });
    const p = electronPlatform(bridge);
    assert.equal(p.kind, 'electron');
    assert.deepEqual(await p.api.app.info({}), { echoed: 'app.info' });
    assert.deepEqual(await p.files.pick({ mode: 'folder', accept: ['.txt'] }), { kind: 'paths', paths: ['/home/a.txt'] });
    assert.deepEqual(await p.files.saveRecords({ format: 'csv', filter: { kinds: ['plan'] } }), { file: '/home/r.csv', records: 3 });
    const phases: string[] = [];
    assert.deepEqual(await p.pdf.export({ title: 'x' }, (s) => phases.push(s.phase)), { pages: 7 });
    assert.deepEqual(phases, ['printing']);
    assert.deepEqual(calls.map((c) => c[0]), ['app.info', 'pickImportPaths', 'exportData', 'exportPdf']);
    assert.deepEqual(calls[2][1], { format: 'csv', filter: { kinds: ['plan'] } });
    assert.deepEqual(calls[3][1], { view: { title: 'x' } });
  });

  it('reads a cancelled dialog as null, and an empty pick as nothing picked', async () => {
    const p = electronPlatform(fakeBridge({ pickImportPaths: [] }).bridge);
    assert.equal(await p.files.pick({ mode: 'files', accept: [] }), null);
    assert.equal(await p.files.saveRecords({ format: 'json', filter: {} }), null);
    assert.equal(await p.pdf.export({}, () => {}), null);
  });

  it('a refused shell action arrives as ApiError with its code and field (replies cross the bridge as data)', async () => {
    const p = electronPlatform(fakeBridge({ openRecent: new Error('not in the recent files list') }).bridge);
    await assert.rejects(p.shell!.openRecent({ file: '/x.db' }), (e: Error & { code?: string; field?: string }) => e.name === 'ApiError' && e.code === 'forbidden' && e.field === 'file');
  });

  it('relays notices until unsubscribed', () => {
    const { bridge, listeners } = fakeBridge();
    const p = electronPlatform(bridge);
    const seen: Notice[] = [];
    const off = p.notices.subscribe((n) => seen.push(n));
    listeners[0]({ kind: 'imported' });
    off();
    assert.equal(listeners.length, 0);
    assert.deepEqual(seen, [{ kind: 'imported' }]);
  });
});
