import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../../db/test-helpers';
import { CSP } from '../../server/security';
import { APP_SCHEME_PRIVILEGES, appProtocolHandler, isAppUrl } from './protocol';

const tmp = tempDir('chainline-protocol-');
let handle: (r: Request) => Promise<Response>;

before(() => {
  const renderer = path.join(tmp.dir, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>链策</title>');
  writeFileSync(path.join(renderer, 'print.html'), '<!doctype html><title>print</title>');
  writeFileSync(path.join(renderer, 'app.js'), 'export {}');
  writeFileSync(path.join(renderer, 'assets', 'font.woff2'), 'w');
  writeFileSync(path.join(tmp.dir, 'secret.json'), '{"secret":1}');
  handle = appProtocolHandler(renderer);
});
after(() => tmp.cleanup());

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('chainline:// protocol', () => {
  it('is registered as a standard, secure scheme (a real origin for CSP self and module scripts)', () => {
    assert.equal(APP_SCHEME_PRIVILEGES.scheme, 'chainline');
    assert.equal(APP_SCHEME_PRIVILEGES.privileges?.standard, true);
    assert.equal(APP_SCHEME_PRIVILEGES.privileges?.secure, true);
    assert.notEqual(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP, true, 'never exempt from CSP');
  });

  it('serves the renderer files with their types and the CSP header', async () => {
    for (const [url, type] of [
      ['chainline://app/index.html', 'text/html'],
      ['chainline://app/print.html?view=eyJ9#x', 'text/html'],
      ['chainline://app/app.js', 'text/javascript'],
      ['chainline://app/assets/font.woff2', 'font/woff2'],
    ]) {
      const r = await get(url);
      assert.equal(r.status, 200, url);
      assert.match(r.headers.get('content-type') ?? '', new RegExp(`^${type}`), url);
      assert.equal(r.headers.get('content-security-policy'), CSP, url);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    }
    assert.match(await (await get('chainline://app/index.html')).text(), /链策/);
  });

  it('serves nothing outside the renderer folder, nothing for other hosts, and only GET/HEAD', async () => {
    for (const url of [
      'chainline://app/../secret.json', 'chainline://app/%2e%2e/secret.json', 'chainline://app/..%2fsecret.json', 'chainline://app/..%5csecret.json',
      'chainline://app/assets/%2e%2e/%2e%2e/secret.json', 'chainline://app/index.html%00.js', 'chainline://app/missing.js', 'chainline://app/assets/',
      `chainline://app/${encodeURIComponent(path.join(tmp.dir, 'secret.json'))}`, 'chainline://other/index.html', 'chainline://app.evil/index.html',
    ]) {
      const r = await get(url);
      assert.equal(r.status, 404, url);
      assert.doesNotMatch(await r.text(), /secret/, url);
      assert.equal(r.headers.get('content-security-policy'), CSP, 'errors carry the CSP too');
    }
    assert.equal((await get('chainline://app/index.html', 'POST')).status, 405);
    const head = await get('chainline://app/index.html', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });

  it('recognises the app origin exactly', () => {
    assert.equal(isAppUrl('chainline://app/index.html#/records'), true);
    for (const url of ['chainline://app.evil/', 'chainline://apps/', 'chainline://x@app/', 'https://app/', 'file:///app/index.html', 'app', '', null, undefined]) {
      assert.equal(isAppUrl(url), false, String(url));
    }
  });
});
