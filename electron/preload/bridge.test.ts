import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../../api/client';
import { SHELL_CHANNEL } from '../shared/channels';
import { createBridge, type BridgeIpc } from './bridge';

const ipc = (reply: unknown): BridgeIpc => ({ invoke: async () => reply, on: () => undefined, removeListener: () => undefined });

describe('bridge: shell action errors', () => {
  it('arrive as ApiError with the code and field the main process gave', async () => {
    const bridge = createBridge(ipc({ ok: false, error: { code: 'forbidden', message: 'not in the recent files list', field: 'file' } }));
    await assert.rejects(bridge.shell.openRecent({ file: '/x.db' }), (err: unknown) => {
      assert.ok(err instanceof ApiError);
      assert.deepEqual([err.code, err.field, err.message], ['forbidden', 'file', 'not in the recent files list']);
      return true;
    });
  });

  it('a missing reply is an error naming the action', async () => {
    await assert.rejects(createBridge(ipc(undefined)).shell.recentFiles(), /recentFiles: no reply/);
  });

  it('results come back unwrapped', async () => {
    const calls: unknown[][] = [];
    const bridge = createBridge({ ...ipc(null), invoke: async (...a) => (calls.push(a), { ok: true, result: ['/a.db'] }) });
    assert.deepEqual(await bridge.shell.recentFiles(), ['/a.db']);
    assert.deepEqual(calls, [[SHELL_CHANNEL, 'recentFiles', undefined]]);
  });

  it('invoke("shell.<action>") runs the action and hands the reply over as data, code and field included', async () => {
    const calls: unknown[][] = [];
    const refusal = { ok: false, error: { code: 'forbidden', message: 'not in the recent files list', field: 'file' } };
    const bridge = createBridge({ ...ipc(null), invoke: async (...a) => (calls.push(a), refusal) });
    assert.deepEqual(await bridge.invoke('shell.openRecent', { file: '/x.db' }), refusal);
    assert.deepEqual(calls, [[SHELL_CHANNEL, 'openRecent', { file: '/x.db' }]]);
  });
});
