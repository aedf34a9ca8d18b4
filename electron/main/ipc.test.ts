import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Reply } from '../../api/dispatch';
import { memoryDb, snapshot, type TestDb } from '../../db/test-helpers';
import { INVOKE_CHANNEL, OPEN_EXTERNAL_CHANNEL, SHELL_CHANNEL } from '../shared/channels';
import type { ShellHandlers } from '../shared/shell-contract';
import { dispatchShell, senderAllowed, wireContract, wireOpenExternal, wireShell, type IpcHost } from './ipc';
import { GrantedPaths, importPathsGuard } from './granted-paths';
import { asElectron } from './test-fakes';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

/** ipcMain as the modules use it: handle() for invoke channels, on() for send channels. */
class FakeIpcMain {
  handlers = new Map<string, Handler>();
  listeners = new Map<string, Handler>();
  handle(channel: string, h: Handler) {
    assert.ok(!this.handlers.has(channel), `${channel} handled twice`);
    this.handlers.set(channel, h);
  }
  on(channel: string, h: Handler) {
    this.listeners.set(channel, h);
    return this;
  }
  invoke(channel: string, frameUrl: string | null, ...args: unknown[]): Promise<Reply> {
    const h = this.handlers.get(channel);
    assert.ok(h, `no handler for ${channel}`);
    return Promise.resolve(h({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args)) as Promise<Reply>;
  }
  send(channel: string, frameUrl: string, ...args: unknown[]): void {
    this.listeners.get(channel)!({ senderFrame: { url: frameUrl } }, ...args);
  }
}

const APP = 'chainline://app/index.html#/records';
const OTHERS = [
  'https://evil.example/',
  'http://127.0.0.1:5173/',
  'file:///home/me/Downloads/page.html',
  'chainline://other/index.html',
  'chainline://app.evil.example/index.html',
  'chainline://user:pw@app/index.html',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  '',
];

let t: TestDb;
const ipc = new FakeIpcMain();
before(() => {
  t = memoryDb();
  wireContract(asElectron<IpcHost>(ipc), () => t.handlers);
});
after(() => t.close());

describe('IPC sender check', () => {
  it('accepts only frames showing our own pages', () => {
    assert.equal(senderAllowed({ senderFrame: { url: APP } }), true);
    assert.equal(senderAllowed({ senderFrame: { url: 'chainline://app/print.html?view=abc' } }), true);
    for (const url of OTHERS) assert.equal(senderAllowed({ senderFrame: { url } }), false, url);
    assert.equal(senderAllowed({ senderFrame: null }), false, 'a frame that has gone');
  });

  it('refuses a call from a frame at another URL, and runs nothing', async () => {
    const before = snapshot(t.db);
    for (const url of [...OTHERS, null]) {
      const reply = await ipc.invoke(INVOKE_CHANNEL, url, 'records.save', { record: { kind: 'meeting', title: 'from elsewhere' } });
      assert.deepEqual(reply, { ok: false, error: { code: 'forbidden', message: 'IPC from an unexpected sender' } }, String(url));
    }
    assert.equal(snapshot(t.db), before);
  });
});

describe('IPC contract channel', () => {
  it('a valid call from our page reaches dispatch and the database', async () => {
    const reply = await ipc.invoke(INVOKE_CHANNEL, APP, 'records.save', { record: { kind: 'meeting', title: '集成电路产业链推进会' } });
    assert.equal(reply.ok, true, JSON.stringify(reply));
    const info = await ipc.invoke(INVOKE_CHANNEL, APP, 'app.info', {});
    assert.ok(info.ok && (info.result as { counts: { records: number } }).counts.records === 1);
  });

  it('bad arguments come back as invalid-argument naming the field, and write nothing', async () => {
    const before = snapshot(t.db);
    const cases: [unknown, unknown, string | undefined][] = [
      ['records.save', { record: { kind: 'party', title: 'x' } }, 'record.kind'],
      ['records.save', { record: { kind: 'meeting', title: 'x' }, sql: 'DROP TABLE records' }, 'sql'],
      ['records.get', { id: 'not-a-uuid' }, 'id'],
      ['records.list', 'not an object', undefined],
      [42, {}, undefined],
    ];
    for (const [channel, args, field] of cases) {
      const reply = await ipc.invoke(INVOKE_CHANNEL, APP, channel, args);
      assert.equal(reply.ok, false);
      if (!reply.ok) {
        assert.equal(reply.error.code, 'invalid-argument', `${String(channel)}: ${reply.error.message}`);
        assert.equal(reply.error.field, field, String(channel));
      }
    }
    assert.equal(snapshot(t.db), before);
  });

  it('calls outside the contract are not-found (no generic SQL, no prototype tricks)', async () => {
    for (const channel of ['db.exec', 'records.__proto__', 'constructor.constructor', '__proto__.toString', 'records.list.extra', '']) {
      const reply = await ipc.invoke(INVOKE_CHANNEL, APP, channel, {});
      assert.equal(!reply.ok && reply.error.code, 'not-found', channel);
    }
  });
});

describe('IPC contract channel: imports.paths', () => {
  it('reads only files the user chose in a dialog; other paths are forbidden before dispatch', async () => {
    const granted = new GrantedPaths();
    const guarded = new FakeIpcMain();
    wireContract(asElectron<IpcHost>(guarded), () => t.handlers, importPathsGuard(granted));
    const before = snapshot(t.db);
    const refused = await guarded.invoke(INVOKE_CHANNEL, APP, 'imports.paths', { paths: ['/etc/hostname'] });
    assert.deepEqual(refused, { ok: false, error: { code: 'forbidden', message: 'paths.0: not chosen in a file dialog', field: 'paths.0' } });
    assert.equal(snapshot(t.db), before);
    granted.grant(['/nonexistent-chosen-folder']);
    const allowed = await guarded.invoke(INVOKE_CHANNEL, APP, 'imports.paths', { paths: ['/nonexistent-chosen-folder/a.txt'] });
    assert.ok(allowed.ok, 'reaches the back end (which reports the missing file in its batch)');
    assert.equal((allowed.result as { counts: { failed: number } }).counts.failed, 1);
  });
});

describe('IPC shell channel', () => {
  const ran: string[] = [];
  const shell = new Proxy({} as ShellHandlers, {
    get: (_, name: string) => async (args: unknown) => {
      ran.push(name);
      return { echoed: args };
    },
  });
  const shellIpc = new FakeIpcMain();
  wireShell(asElectron<IpcHost>(shellIpc), shell);

  it('refuses other senders before validating or running anything', async () => {
    for (const url of OTHERS) {
      const reply = await shellIpc.invoke(SHELL_CHANNEL, url, 'openDatabase', {});
      assert.equal(!reply.ok && reply.error.code, 'forbidden', url);
    }
    assert.deepEqual(ran, []);
  });

  it('validates each action with its schema (zod) and passes the parsed value on', async () => {
    assert.deepEqual(await shellIpc.invoke(SHELL_CHANNEL, APP, 'setLanguage', { lang: 'en' }), { ok: true, result: { echoed: { lang: 'en' } } });
    const bad = await shellIpc.invoke(SHELL_CHANNEL, APP, 'setLanguage', { lang: 'fr' });
    assert.equal(!bad.ok && bad.error.code, 'invalid-argument');
    assert.equal(!bad.ok && bad.error.field, 'lang');
    const extra = await shellIpc.invoke(SHELL_CHANNEL, APP, 'importFiles', { paths: ['/etc/passwd'] });
    assert.equal(!extra.ok && extra.error.field, 'paths', 'the renderer cannot name files to import');
    const view = await shellIpc.invoke(SHELL_CHANNEL, APP, 'exportPdf', { view: { paper: 'A5' } });
    assert.equal(!view.ok && view.error.field, 'view.paper');
    const data = await shellIpc.invoke(SHELL_CHANNEL, APP, 'exportData', { format: 'docx' });
    assert.equal(!data.ok && data.error.field, 'format');
    assert.deepEqual(ran, ['setLanguage']);
  });

  it('unknown actions are not-found', async () => {
    for (const action of ['eval', 'toString', '__proto__', 'constructor', 42]) {
      const reply = await dispatchShell(shell, action, {});
      assert.equal(!reply.ok && reply.error.code, 'not-found', String(action));
    }
  });

  it('a failing action comes back as error data, not a rejected IPC call', async () => {
    const failing = { ...shell, recentFiles: async () => { throw new Error('disk on fire'); } } as ShellHandlers;
    assert.deepEqual(await dispatchShell(failing, 'recentFiles', {}), { ok: false, error: { code: 'internal', message: 'disk on fire' } });
  });
});

describe('IPC open-external channel', () => {
  it('opens http(s) links sent by our page, nothing else and nobody else', async () => {
    const opened: string[] = [];
    const extIpc = new FakeIpcMain();
    wireOpenExternal(asElectron<IpcHost>(extIpc), async (url) => void opened.push(url));
    extIpc.send(OPEN_EXTERNAL_CHANNEL, APP, 'https://www.miit.gov.cn/xwdt/index.html');
    extIpc.send(OPEN_EXTERNAL_CHANNEL, APP, 'http://www.gov.cn/');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'chainline://app/', 'https://user:pw@bank.example/', 42, '']) {
      extIpc.send(OPEN_EXTERNAL_CHANNEL, APP, url);
    }
    extIpc.send(OPEN_EXTERNAL_CHANNEL, 'https://evil.example/', 'https://evil.example/phish');
    assert.deepEqual(opened, ['https://www.miit.gov.cn/xwdt/index.html', 'http://www.gov.cn/']);
  });
});
