import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asElectron, fire, FakeWebContents } from './test-fakes';
import { guardWebContents, type GuardedContents } from './web-contents';

function guarded(confirmLeave = () => false) {
  const wc = new FakeWebContents();
  guardWebContents(asElectron<GuardedContents>(wc), { confirmLeave });
  return wc;
}

describe('web contents guards', () => {
  it('prevents every navigation the page starts: links, location, dropped files, redirects', () => {
    const wc = guarded();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'file:///home/me/article.html', 'chainline://app/index.html', 'javascript:alert(1)']) {
      assert.equal(fire(wc, 'will-navigate', url).defaultPrevented, true, url);
      assert.equal(fire(wc, 'will-frame-navigate', url).defaultPrevented, true, url);
      assert.equal(fire(wc, 'will-redirect', url).defaultPrevented, true, url);
    }
  });

  it('denies every new window (window.open, target=_blank, shift-click)', () => {
    const wc = guarded();
    assert.ok(wc.windowOpenHandler, 'a window-open handler is set');
    for (const url of ['https://example.com/', 'chainline://app/index.html', 'about:blank']) {
      for (const disposition of ['default', 'foreground-tab', 'background-tab', 'new-window', 'other']) {
        assert.deepEqual(wc.windowOpenHandler({ url, frameName: '', features: '', disposition }), { action: 'deny' });
      }
    }
  });

  it('refuses to attach webviews', () => {
    assert.equal(fire(guarded(), 'will-attach-webview', {}, {}).defaultPrevented, true);
  });

  it('asks before a page with unsaved changes is unloaded, and leaves only if the user says so', () => {
    let asked = 0;
    const stay = guarded(() => (asked++, false));
    assert.equal(fire(stay, 'will-prevent-unload').defaultPrevented, false, 'stays: the unload stays cancelled');
    const leave = guarded(() => (asked++, true));
    assert.equal(fire(leave, 'will-prevent-unload').defaultPrevented, true, 'leaves: beforeunload is overridden');
    assert.equal(asked, 2);
  });
});
