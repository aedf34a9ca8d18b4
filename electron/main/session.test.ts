import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { CSP } from '../../server/security';
import { ALLOWED_PERMISSIONS, hardenSession, requestAllowed, type HardenedSession } from './session';
import { asElectron, fire } from './test-fakes';

type Listener = (details: Record<string, unknown>, callback: (response: Record<string, unknown>) => void) => void;

class FakeSession extends EventEmitter {
  permissionRequest?: (wc: unknown, permission: string, cb: (granted: boolean) => void, details: { requestingUrl: string }) => void;
  permissionCheck?: (wc: unknown, permission: string, origin: string, details: unknown) => boolean;
  deviceCheck?: (details: unknown) => boolean;
  displayMedia?: (request: unknown, cb: (streams: unknown) => void) => void;
  spellcheck: boolean | null = null;
  beforeRequest?: Listener;
  headersReceived?: Listener;
  webRequest = {
    onBeforeRequest: (l: Listener) => void (this.beforeRequest = l),
    onHeadersReceived: (l: Listener) => void (this.headersReceived = l),
  };
  setPermissionRequestHandler(h: FakeSession['permissionRequest']) {
    this.permissionRequest = h;
  }
  setPermissionCheckHandler(h: FakeSession['permissionCheck']) {
    this.permissionCheck = h;
  }
  setDevicePermissionHandler(h: FakeSession['deviceCheck']) {
    this.deviceCheck = h;
  }
  setDisplayMediaRequestHandler(h: FakeSession['displayMedia']) {
    this.displayMedia = h;
  }
  setSpellCheckerEnabled(on: boolean) {
    this.spellcheck = on;
  }
}

function hardened(): FakeSession {
  const ses = new FakeSession();
  hardenSession(asElectron<HardenedSession>(ses));
  return ses;
}

const answer = (l: Listener | undefined, details: Record<string, unknown>) => {
  let response: Record<string, unknown> | undefined;
  l!(details, (r) => (response = r));
  return response!;
};

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read',
  'display-capture', 'hid', 'serial', 'usb', 'fileSystem', 'idle-detection', 'window-management', 'local-fonts', 'storage-access', 'unknown'];

describe('session: permissions', () => {
  it('denies every permission request by default', () => {
    const ses = hardened();
    for (const permission of PERMISSIONS) {
      let granted: boolean | undefined;
      ses.permissionRequest!({}, permission, (g) => (granted = g), { requestingUrl: 'chainline://app/index.html' });
      assert.equal(granted, false, permission);
    }
  });

  it('denies every permission check, device access and screen capture', () => {
    const ses = hardened();
    for (const permission of PERMISSIONS) assert.equal(ses.permissionCheck!(null, permission, 'chainline://app', {}), false, permission);
    assert.equal(ses.deviceCheck!({ deviceType: 'usb', origin: 'chainline://app' }), false);
    let streams: unknown = 'untouched';
    ses.displayMedia!({}, (s) => (streams = s));
    assert.equal(streams, null);
  });

  it('lets only our own page write plain text to the clipboard (copying a share link)', () => {
    const ses = hardened();
    assert.deepEqual([...ALLOWED_PERMISSIONS], ['clipboard-sanitized-write']);
    const request = (url: string) => {
      let granted: boolean | undefined;
      ses.permissionRequest!({}, 'clipboard-sanitized-write', (g) => (granted = g), { requestingUrl: url });
      return granted;
    };
    assert.equal(request('chainline://app/index.html'), true);
    assert.equal(request('https://evil.example/'), false);
    assert.equal(request('file:///tmp/x.html'), false);
    assert.equal(ses.permissionCheck!(null, 'clipboard-sanitized-write', 'chainline://app', {}), true);
    assert.equal(ses.permissionCheck!(null, 'clipboard-sanitized-write', 'https://evil.example', {}), false);
  });

  it('turns off the spell checker (it downloads dictionaries) and refuses downloads', () => {
    const ses = hardened();
    assert.equal(ses.spellcheck, false);
    assert.equal(fire(ses, 'will-download', {}, {}).defaultPrevented, true);
  });
});

describe('session: no remote content', () => {
  it('cancels every request that is not for the app itself', () => {
    const ses = hardened();
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:8080/api', 'ws://example.com/', 'wss://example.com/', 'ftp://example.com/', 'file:///etc/passwd', 'chrome://settings', 'nonsense']) {
      assert.deepEqual(answer(ses.beforeRequest, { url }), { cancel: true }, url);
      assert.equal(requestAllowed(url), false, url);
    }
    for (const url of ['chainline://app/index.html', 'chainline://app/assets/font.woff2', 'data:image/png;base64,AA==', 'blob:chainline://app/1234', 'devtools://devtools/bundled/inspector.html']) {
      assert.deepEqual(answer(ses.beforeRequest, { url }), { cancel: false }, url);
    }
  });
});

describe('session: Content-Security-Policy', () => {
  it('onHeadersReceived puts the strict CSP on every response', () => {
    const ses = hardened();
    const r = answer(ses.headersReceived, { url: 'chainline://app/index.html', responseHeaders: { 'Content-Type': ['text/html'] } });
    assert.deepEqual(r.responseHeaders, { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] });
  });

  it('replaces a looser policy sent in any letter case instead of adding to it', () => {
    const ses = hardened();
    const r = answer(ses.headersReceived, { url: 'https://x.example/', responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-inline'"] } });
    assert.deepEqual(r.responseHeaders, { 'Content-Security-Policy': [CSP] });
  });

  it('the policy allows only the app itself: no inline or eval script, no remote hosts, no frames, no plugins', () => {
    assert.match(CSP, /default-src 'none'/);
    assert.match(CSP, /script-src 'self'(;|$)/);
    assert.match(CSP, /frame-ancestors 'none'/);
    assert.match(CSP, /base-uri 'none'/);
    assert.match(CSP, /form-action 'none'/);
    assert.doesNotMatch(CSP, /unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('leaves DevTools its own policy', () => {
    const r = answer(hardened().headersReceived, { url: 'devtools://devtools/bundled/inspector.html', responseHeaders: {} });
    assert.deepEqual(r, {});
  });
});
