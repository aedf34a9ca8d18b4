import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Reply } from '../../api/dispatch';
import { tempDir } from '../../db/test-helpers';
import { INVOKE_CHANNEL, OPEN_EXTERNAL_CHANNEL, SHELL_CHANNEL } from '../shared/channels';
import { FakeWebContents } from './test-fakes';
import { secureWebPreferences } from './window';

// The composition root as shipped: electron/main/index.ts bundled like
// scripts/build.mjs does it and run with a stand-in for the `electron` module
// (the binary cannot run here). Everything else is real: the database, the
// back end, the protocol handler, the modules' wiring.

const root = path.resolve(import.meta.dirname, '..', '..');
const tmp = tempDir('chainline-main-');
let code = '';

type Fn = (...args: never[]) => unknown;

class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  static getAllWindows = () => FakeWindow.all;
  webContents = new FakeWebContents();
  loaded: string[] = [];
  constructor(readonly options: { webPreferences?: object; title?: string }) {
    super();
    FakeWindow.all.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show() {}
  maximize() {}
  setTitle() {}
  setProgressBar() {}
  setRepresentedFilename() {}
  getNormalBounds() {
    return { x: 0, y: 0, width: 1400, height: 900 };
  }
  isMaximized() {
    return false;
  }
  isDestroyed() {
    return false;
  }
}

function fakeElectron(o: { lock: boolean }) {
  const log: string[] = [];
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((r) => (ready = r));
  const app = Object.assign(new EventEmitter(), {
    enableSandbox: () => log.push('enableSandbox'),
    requestSingleInstanceLock: () => (log.push('lock'), o.lock),
    quit: () => log.push('quit'),
    exit: (c: number) => log.push(`exit ${c}`),
    whenReady: () => whenReady,
    getPath: (name: string) => path.join(tmp.dir, name),
    getPreferredSystemLanguages: () => ['zh-Hans-CN'],
    getVersion: () => '9.9.9',
    isPackaged: true,
    addRecentDocument: (f: string) => log.push(`recent ${path.basename(f)}`),
    setAppUserModelId: () => {},
  });
  const session = Object.assign(new EventEmitter(), {
    handlers: {} as Record<string, Fn>,
    setPermissionRequestHandler(h: Fn) { this.handlers.request = h; },
    setPermissionCheckHandler(h: Fn) { this.handlers.check = h; },
    setDevicePermissionHandler(h: Fn) { this.handlers.device = h; },
    setDisplayMediaRequestHandler(h: Fn) { this.handlers.display = h; },
    setSpellCheckerEnabled: () => {},
    webRequest: { onBeforeRequest: (h: Fn) => (session.handlers.beforeRequest = h), onHeadersReceived: (h: Fn) => (session.handlers.headers = h) },
  });
  const ipc = { handled: new Map<string, Fn>(), listened: new Map<string, Fn>() };
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: (t: string, b: string) => log.push(`error ${t} ${b}`), showMessageBox: async () => ({ response: 0 }), showMessageBoxSync: () => 1 },
    ipcMain: { handle: (c: string, h: Fn) => ipc.handled.set(c, h), on: (c: string, h: Fn) => ipc.listened.set(c, h) },
    Menu: { buildFromTemplate: (t: unknown) => ({ template: t }), setApplicationMenu: (m: { template: { label: string }[] }) => log.push(`menu ${m.template.map((i) => i.label).join(' ')}`) },
    protocol: {
      registerSchemesAsPrivileged: (s: { scheme: string }[]) => log.push(`scheme ${s.map((x) => x.scheme).join()}`),
      handlers: new Map<string, (r: Request) => Promise<Response>>(),
      handle(scheme: string, h: (r: Request) => Promise<Response>) { this.handlers.set(scheme, h); },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }], getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }) },
    session: { defaultSession: session },
    shell: { openExternal: async (u: string) => void log.push(`open ${u}`), trashItem: async () => {}, showItemInFolder: () => {} },
  };
  return { electron, log, ready, app, session, ipc };
}

/** Runs the bundle as Electron would run dist/electron/main.cjs. */
function runMain(fake: ReturnType<typeof fakeElectron>, dirname: string) {
  const realRequire = createRequire(path.join(root, 'package.json'));
  const module = { exports: {} };
  const saved = process.env.CHAINLINE_DB;
  delete process.env.CHAINLINE_DB;
  try {
    new Function('require', 'module', 'exports', '__dirname', '__filename', code)(
      (name: string) => (name === 'electron' ? fake.electron : realRequire(name)),
      module,
      module.exports,
      dirname,
      path.join(dirname, 'main.cjs'),
    );
  } finally {
    if (saved !== undefined) process.env.CHAINLINE_DB = saved;
  }
}

let fake: ReturnType<typeof fakeElectron>;
const bundleDir = path.join(tmp.dir, 'dist', 'electron');

before(async () => {
  const out = await build({
    entryPoints: [path.join(root, 'electron', 'main', 'index.ts')],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['electron', 'better-sqlite3'],
    define: { 'import.meta.dirname': '__dirname' }, write: false, logLevel: 'silent',
  });
  code = out.outputFiles[0].text;
  // The layout of dist/: migrations beside the bundle, the renderer one folder up.
  cpSync(path.join(root, 'db', 'migrations'), path.join(bundleDir, 'migrations'), { recursive: true });
  mkdirSync(path.join(tmp.dir, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(tmp.dir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>链策</title>');
  fake = fakeElectron({ lock: true });
  runMain(fake, bundleDir);
  fake.ready();
  await new Promise((r) => setTimeout(r, 50));
});
after(() => {
  fake.app.emit('will-quit');
  tmp.cleanup();
});

const invoke = (channel: string, frameUrl: string, ...args: unknown[]) =>
  fake.ipc.handled.get(channel)!({ senderFrame: { url: frameUrl } } as never, ...(args as never[])) as Promise<Reply>;

describe('main process as bundled (electron stubbed)', () => {
  it('registers the app scheme and forces the sandbox before ready, and takes the single-instance lock', () => {
    assert.deepEqual(fake.log.slice(0, 3), ['scheme chainline', 'enableSandbox', 'lock']);
  });

  it('hardens the default session before any window exists', () => {
    for (const h of ['request', 'check', 'device', 'display', 'beforeRequest', 'headers']) assert.equal(typeof fake.session.handlers[h], 'function', h);
    let granted: boolean | undefined;
    (fake.session.handlers.request as (...a: unknown[]) => void)({}, 'media', (g: boolean) => (granted = g), { requestingUrl: 'chainline://app/index.html' });
    assert.equal(granted, false);
  });

  it('serves the renderer on chainline://app', async () => {
    const r = await fake.electron.protocol.handlers.get('chainline')!(new Request('chainline://app/index.html'));
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });

  it('opens one window with the secure preferences, on the app page, titled with the database file', () => {
    assert.equal(FakeWindow.all.length, 1);
    const win = FakeWindow.all[0];
    assert.deepEqual(win.options.webPreferences, secureWebPreferences(path.join(bundleDir, 'preload.cjs')));
    assert.deepEqual(win.loaded, ['chainline://app/index.html']);
    assert.equal(win.options.title, 'chainline.db — 链策 Chainline');
  });

  it('wires the contract over IPC to the database in the user data folder, with the sender check', async () => {
    const ok = await invoke(INVOKE_CHANNEL, 'chainline://app/index.html', 'app.info', {});
    assert.ok(ok.ok, JSON.stringify(ok));
    assert.equal((ok.result as { dbPath: string; version: string }).dbPath, path.join(tmp.dir, 'userData', 'chainline.db'));
    assert.equal((ok.result as { version: string }).version, '9.9.9');
    const refused = await invoke(INVOKE_CHANNEL, 'https://evil.example/', 'app.info', {});
    assert.equal(!refused.ok && refused.error.code, 'forbidden');
    const shell = await invoke(SHELL_CHANNEL, 'chainline://app/index.html', 'recentFiles', {});
    assert.deepEqual(shell, { ok: true, result: [path.join(tmp.dir, 'userData', 'chainline.db')] });
    assert.ok(fake.ipc.listened.has(OPEN_EXTERNAL_CHANNEL));
  });

  it('guards every web contents created later (print windows, anything else)', () => {
    const wc = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, wc);
    assert.deepEqual(wc.windowOpenHandler!({ url: 'https://x.example', frameName: '', features: '', disposition: 'new-window' }), { action: 'deny' });
    assert.equal(wc.listenerCount('will-navigate'), 1);
  });

  it('sets the menu in the system language and remembers the database for next time', () => {
    assert.ok(fake.log.includes('menu 文件(&F) 编辑(&E) 视图(&V) 窗口(&W) 帮助(&H)'), fake.log.join('\n'));
    const settings = JSON.parse(readFileSync(path.join(tmp.dir, 'userData', 'shell-settings.json'), 'utf8'));
    assert.equal(settings.lastDatabase, path.join(tmp.dir, 'userData', 'chainline.db'));
  });

  it('a second instance quits without opening anything', () => {
    const second = fakeElectron({ lock: false });
    const before = FakeWindow.all.length;
    runMain(second, bundleDir);
    second.ready();
    assert.deepEqual(second.log, ['scheme chainline', 'enableSandbox', 'lock', 'quit']);
    assert.equal(FakeWindow.all.length, before);
  });
});
