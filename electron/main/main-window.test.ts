import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { BrowserWindowConstructorOptions, Screen } from 'electron';
import { createMainWindow, windowTitle } from './main-window';
import { fire, asElectron } from './test-fakes';
import { secureWebPreferences, type WindowConstructor } from './window';

const created: FakeWindow[] = [];
class FakeWindow extends EventEmitter {
  loaded: string[] = [];
  shown = 0;
  maximized = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    created.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  show() {
    this.shown++;
  }
  maximize() {
    this.maximized = true;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1000, height: 700 };
  }
  isMaximized() {
    return this.maximized;
  }
  isDestroyed() {
    return false;
  }
}

const screen = asElectron<Screen>({
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
});

describe('main window', () => {
  it('is built with the secure preferences, at the restored place, loading the app from chainline://app', () => {
    const saved: unknown[] = [];
    createMainWindow({
      BrowserWindow: asElectron<WindowConstructor>(FakeWindow),
      screen,
      preload: '/dist/electron/preload.cjs',
      title: windowTitle('/home/li/研究/集成电路.db', '链策 Chainline'),
      saved: { bounds: { x: 5000, y: 5000, width: 1200, height: 800 }, maximized: true },
      saveState: (s) => saved.push(s),
    });
    const win = created.at(-1)!;
    assert.deepEqual(win.options.webPreferences, secureWebPreferences('/dist/electron/preload.cjs'));
    assert.deepEqual([win.options.x, win.options.y, win.options.width, win.options.height], [360, 120, 1200, 800], 'pulled back onto the only display');
    assert.equal(win.maximized, true);
    assert.equal(win.options.title, '集成电路.db — 链策 Chainline');
    assert.deepEqual(win.loaded, ['chainline://app/index.html']);
    assert.equal(win.shown, 0, 'hidden until painted');
    win.emit('ready-to-show');
    assert.equal(win.shown, 1);
    assert.equal(fire(win, 'page-title-updated', 'Records').defaultPrevented, true, 'the file name stays in the title bar');
    win.emit('close');
    assert.equal(saved.length, 1);
  });
});
