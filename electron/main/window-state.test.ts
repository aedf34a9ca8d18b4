import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { DEFAULT_SIZE, MIN_SIZE, restoreBounds, trackWindowState, type TrackedWindow, type WindowState } from './window-state';
import { asElectron } from './test-fakes';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const external = { x: 1440, y: -200, width: 2560, height: 1400 };
const state = (x: number | undefined, y: number | undefined, width: number, height: number, maximized = false): WindowState => ({ bounds: { x, y, width, height }, maximized });

describe('window state: restored onto a visible display', () => {
  it('a first start is centred on the primary display at the default size', () => {
    const r = restoreBounds(null, [laptop], laptop);
    assert.deepEqual(r.bounds, { width: DEFAULT_SIZE.width, height: 870, x: 20, y: 0 });
    const big = { x: 0, y: 0, width: 2560, height: 1440 };
    assert.deepEqual(restoreBounds(null, [big], big).bounds, { ...DEFAULT_SIZE, x: 580, y: 270 });
  });

  it('a saved place on a display that is still there is kept', () => {
    assert.deepEqual(restoreBounds(state(100, 50, 1200, 800, true), [laptop], laptop), state(100, 50, 1200, 800, true));
    assert.deepEqual(restoreBounds(state(2000, 100, 1600, 1000), [laptop, external], laptop).bounds, { x: 2000, y: 100, width: 1600, height: 1000 });
  });

  it('a window left on a monitor that was unplugged comes back on the primary display, keeping its size and maximised state', () => {
    const r = restoreBounds(state(2000, 100, 1200, 800, true), [laptop], laptop);
    assert.deepEqual(r, state(120, 35, 1200, 800, true));
  });

  it('a window hanging off an edge is pulled wholly onto the display holding most of it', () => {
    assert.deepEqual(restoreBounds(state(1000, 600, 1200, 800), [laptop], laptop).bounds, { x: 240, y: 70, width: 1200, height: 800 });
    assert.deepEqual(restoreBounds(state(-300, -40, 1200, 800), [laptop], laptop).bounds, { x: 0, y: 0, width: 1200, height: 800 });
  });

  it('a sliver on screen (less than a title bar to grab) does not count as visible', () => {
    const r = restoreBounds(state(1400, 860, 1200, 800), [laptop], laptop);
    assert.deepEqual(r.bounds, { x: 120, y: 35, width: 1200, height: 800 });
  });

  it('is never larger than its display, nor smaller than the minimum that fits', () => {
    const small = { x: 0, y: 0, width: 1280, height: 720 };
    assert.deepEqual(restoreBounds(state(0, 0, 2400, 1500), [small], small).bounds, { x: 0, y: 0, width: 1280, height: 720 });
    assert.deepEqual(restoreBounds(state(10, 10, 300, 200), [laptop], laptop).bounds, { x: 10, y: 10, width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('a saved size without a position is centred', () => {
    assert.deepEqual(restoreBounds(state(undefined, undefined, 1000, 700), [laptop], laptop).bounds, { x: 220, y: 85, width: 1000, height: 700 });
  });
});

describe('window state: saved while the window moves', () => {
  it('saves the normal (unmaximised) bounds after moves settle and at once on close', async () => {
    const win = Object.assign(new EventEmitter(), {
      bounds: { x: 1, y: 2, width: 1000, height: 700 },
      maximized: false,
      getNormalBounds() { return this.bounds; },
      isMaximized() { return this.maximized; },
      isDestroyed: () => false,
    });
    const saved: WindowState[] = [];
    trackWindowState(asElectron<TrackedWindow>(win), (s) => saved.push(s), 10);
    win.emit('move');
    win.emit('resize');
    win.bounds = { x: 5, y: 6, width: 1100, height: 750 };
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(saved, [{ bounds: { x: 5, y: 6, width: 1100, height: 750 }, maximized: false }], 'one save for a burst of events');
    win.maximized = true;
    win.emit('maximize');
    win.emit('close');
    assert.deepEqual(saved.at(-1), { bounds: { x: 5, y: 6, width: 1100, height: 750 }, maximized: true });
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(saved.length, 2, 'closing cancels the pending save');
  });
});
