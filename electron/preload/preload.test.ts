import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { INVOKE_CHANNEL, NOTICE_CHANNEL, OPEN_EXTERNAL_CHANNEL, SHELL_ACTIONS, SHELL_CHANNEL } from '../shared/channels';

// The preload exactly as shipped: bundled with scripts/build.mjs's options and
// run against a stand-in `electron` module, the only thing it may require.

const root = path.resolve(import.meta.dirname, '..', '..');

interface Exposed {
  name: string;
  api: Record<string, unknown>;
}

const ipcRenderer = {
  invoked: [] as unknown[][],
  sent: [] as unknown[][],
  listeners: new Map<string, ((...a: unknown[]) => void)[]>(),
  invoke(...args: unknown[]) {
    this.invoked.push(args);
    return Promise.resolve(args[0] === SHELL_CHANNEL ? { ok: true, result: 'shell-result' } : { ok: true, result: 'contract-result' });
  },
  send(...args: unknown[]) {
    this.sent.push(args);
  },
  on(channel: string, l: (...a: unknown[]) => void) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), l]);
  },
  removeListener(channel: string, l: (...a: unknown[]) => void) {
    this.listeners.set(channel, (this.listeners.get(channel) ?? []).filter((x) => x !== l));
  },
};

const exposed: Exposed[] = [];
const required: string[] = [];
const windowListeners: Record<string, ((e: unknown) => void)[]> = {};
const documentListeners: Record<string, (() => void)[]> = {};
const html = { lang: 'zh-CN' };
const observers: { target: unknown; options: unknown; callback: () => void }[] = [];

before(async () => {
  const out = await build({
    entryPoints: [path.join(root, 'electron', 'preload', 'index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  const electron = { contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.push({ name, api }) }, ipcRenderer };
  const fakeWindow = { addEventListener: (type: string, l: (e: unknown) => void) => (windowListeners[type] ??= []).push(l) };
  const module = { exports: {} };
  runInNewContext(code, {
    module,
    exports: module.exports,
    window: fakeWindow,
    document: { documentElement: html, addEventListener: (type: string, l: () => void) => (documentListeners[type] ??= []).push(l) },
    location: { pathname: '/index.html' },
    MutationObserver: class {
      constructor(private callback: () => void) {}
      observe(target: unknown, options: unknown) {
        observers.push({ target, options, callback: this.callback });
      }
    },
    URL,
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`the preload required ${name}`);
    },
  });
});

/** Values made in the preload's realm compared as data (their prototypes are that realm's). */
const data = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

/** Every value reachable from the exposed object. */
function walk(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return [value];
  seen.add(value);
  return [value, ...Object.values(value as object).flatMap((v) => walk(v, seen))];
}

describe('preload (the built bundle)', () => {
  it('requires nothing but electron', () => {
    assert.deepEqual([...new Set(required)], ['electron']);
  });

  it('exposes one object, window.chainline, with invoke, the shell API and notices only', () => {
    assert.equal(exposed.length, 1);
    assert.equal(exposed[0].name, 'chainline');
    const api = exposed[0].api;
    assert.deepEqual(Object.keys(api).sort(), ['exportPdf', 'invoke', 'onNotice', 'platform', 'shell']);
    assert.equal(api.platform, 'electron');
    assert.deepEqual(Object.keys(api.shell as object).sort(), [...SHELL_ACTIONS].sort());
  });

  it('hands out no ipcRenderer, no Node objects: only functions and the platform string', () => {
    for (const v of walk(exposed[0].api)) {
      assert.notEqual(v, ipcRenderer);
      // Plain objects only (made in the preload's realm, hence the prototype-of-prototype test).
      const plain = typeof v === 'object' && v !== null && Object.getPrototypeOf(Object.getPrototypeOf(v)) === null;
      assert.ok(typeof v === 'function' || typeof v === 'string' || plain, `unexpected ${typeof v}`);
    }
    for (const name of ['ipcRenderer', 'require', 'process', 'send', 'on', 'sendSync']) assert.ok(!(name in exposed[0].api), name);
  });

  it('invoke goes to the contract channel; shell actions to the shell channel, unwrapped', async () => {
    const api = exposed[0].api as { invoke: (c: string, a: unknown) => Promise<unknown>; exportPdf: (v: unknown) => Promise<unknown>; shell: Record<string, (a?: unknown) => Promise<unknown>> };
    ipcRenderer.invoked.length = 0;
    assert.deepEqual(data(await api.invoke('records.list', { limit: 5 })), { ok: true, result: 'contract-result' });
    assert.equal(await api.shell.openDatabase(), 'shell-result');
    assert.equal(await api.exportPdf({ title: 'x' }), 'shell-result');
    assert.deepEqual(data(ipcRenderer.invoked), [
      [INVOKE_CHANNEL, 'records.list', { limit: 5 }],
      [SHELL_CHANNEL, 'openDatabase', null],
      [SHELL_CHANNEL, 'exportPdf', { view: { title: 'x' } }],
    ]);
  });

  it('notice listeners get the payload only, never the IPC event (it carries the sender)', () => {
    const got: unknown[] = [];
    const stop = (exposed[0].api.onNotice as (l: (n: unknown) => void) => () => void)((n) => got.push(n));
    const [relay] = ipcRenderer.listeners.get(NOTICE_CHANNEL)!;
    relay({ sender: ipcRenderer, ports: [] }, { kind: 'imported', counts: { imported: 2, duplicate: 0, failed: 1 } });
    relay({ sender: ipcRenderer }, { kind: 'something-else' });
    assert.deepEqual(data(got), [{ kind: 'imported', counts: { imported: 2, duplicate: 0, failed: 1 } }]);
    stop();
    assert.equal(ipcRenderer.listeners.get(NOTICE_CHANNEL)!.length, 0);
  });

  it('tells the main process the UI language once the page has set it, and on every switch', async () => {
    ipcRenderer.invoked.length = 0;
    html.lang = 'en';
    for (const l of documentListeners.DOMContentLoaded) l();
    assert.equal(observers.length, 1);
    assert.equal(observers[0].target, html);
    assert.deepEqual(data(observers[0].options), { attributes: true, attributeFilter: ['lang'] });
    html.lang = 'zh-CN';
    observers[0].callback();
    assert.deepEqual(data(ipcRenderer.invoked), [[SHELL_CHANNEL, 'setLanguage', { lang: 'en' }], [SHELL_CHANNEL, 'setLanguage', { lang: 'zh' }]]);
  });

  it('sends a real click on an https link to the main process and keeps the window where it is', () => {
    const e = { isTrusted: true, button: 0, defaultPrevented: false, target: { closest: () => ({ href: 'https://www.gov.cn/' }) }, preventDefault() { this.defaultPrevented = true; } };
    for (const l of windowListeners.click) l(e);
    assert.equal(e.defaultPrevented, true);
    assert.deepEqual(ipcRenderer.sent, [[OPEN_EXTERNAL_CHANNEL, 'https://www.gov.cn/']]);
  });
});
