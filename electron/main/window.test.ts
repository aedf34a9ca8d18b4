import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mainWindowOptions, printWindowOptions, secureWebPreferences } from './window';

// Electron's security checklist, items 2-4, 6, 8, 9 and 12 of
// https://www.electronjs.org/docs/latest/tutorial/security, as window options.
const CHECKLIST = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableBlinkFeatures: '',
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
};

describe('window factory: webPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    for (const [key, value] of Object.entries(CHECKLIST)) assert.equal(prefs[key as keyof typeof prefs], value, key);
    assert.equal(prefs.preload, '/app/preload.cjs');
  });

  it('sets nothing that loosens the defaults (no extra keys beyond the reviewed list)', () => {
    assert.deepEqual(Object.keys(secureWebPreferences('p')).sort(), [...Object.keys(CHECKLIST), 'preload', 'safeDialogs'].sort());
  });

  it('the main window and the hidden print window both use them', () => {
    const main = mainWindowOptions({ preload: '/p.cjs', bounds: { x: 10, y: 20, width: 1200, height: 800 }, title: 't' });
    assert.deepEqual(main.webPreferences, secureWebPreferences('/p.cjs'));
    assert.equal(main.show, false, 'shown on ready-to-show');
    assert.deepEqual([main.x, main.y, main.width, main.height], [10, 20, 1200, 800]);
    const print = printWindowOptions('/p.cjs');
    assert.deepEqual(print.webPreferences, secureWebPreferences('/p.cjs'));
    assert.equal(print.show, false);
  });
});
