import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { App } from 'electron';
import { claimSingleInstance, focusWindow, followPlatformConventions, type FocusableWindow } from './lifecycle';
import { asElectron } from './test-fakes';

class FakeApp extends EventEmitter {
  quits = 0;
  constructor(private lock: boolean) {
    super();
  }
  requestSingleInstanceLock() {
    return this.lock;
  }
  quit() {
    this.quits++;
  }
}

describe('app lifecycle', () => {
  it('a second instance quits at once; the first brings its window forward', () => {
    const second = new FakeApp(false);
    assert.equal(claimSingleInstance(asElectron<App>(second), () => assert.fail('no focus')), false);
    assert.equal(second.quits, 1);
    const first = new FakeApp(true);
    let focused = 0;
    assert.equal(claimSingleInstance(asElectron<App>(first), () => focused++), true);
    first.emit('second-instance', {}, ['chainline'], '/');
    assert.equal(focused, 1);
    assert.equal(first.quits, 0);
  });

  it('focusing restores a minimised window', () => {
    const log: string[] = [];
    const win: FocusableWindow = { isMinimized: () => true, restore: () => log.push('restore'), show: () => log.push('show'), focus: () => log.push('focus') };
    focusWindow(win);
    assert.deepEqual(log, ['restore', 'show', 'focus']);
    focusWindow(null);
  });

  it('quits when the last window closes, except on macOS, where the dock reopens one; closes the database on quit', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const app = new FakeApp(true);
      let created = 0;
      let closed = 0;
      let windows = 0;
      followPlatformConventions(asElectron<App>(app), { platform, windowCount: () => windows, createWindow: () => created++, beforeQuit: () => closed++ });
      app.emit('window-all-closed');
      assert.equal(app.quits, platform === 'darwin' ? 0 : 1, platform);
      app.emit('activate');
      windows = 1;
      app.emit('activate');
      assert.equal(created, 1);
      app.emit('will-quit');
      assert.equal(closed, 1);
    }
  });
});
