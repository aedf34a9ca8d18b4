import type { CustomScheme } from 'electron';
import { CSP } from '../../server/security';
import { staticFile } from '../../server/static';

// The renderer is served from a custom scheme instead of file://: a page on
// file:// may read any other file:// URL on the disk, its origin is opaque (so
// CSP 'self' and module scripts behave oddly), and Electron's
// GrantFileProtocolExtraPrivileges fuse can then be switched off.

export const APP_SCHEME = 'chainline';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_BASE_URL = `${APP_ORIGIN}/`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready (Electron honours one call only). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // standard: a real origin and relative URLs; secure: a secure context like https;
  // corsEnabled + supportFetchAPI: module scripts and fetch of our own files.
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** True when a URL belongs to the app's own pages. */
export function isAppUrl(value: string | undefined | null): boolean {
  if (!value) return false;
  try {
    const u = new URL(value);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
  } catch {
    return false;
  }
}

const headers = (type: string) => ({
  'Content-Type': type,
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
});

/**
 * The handler for protocol.handle(APP_SCHEME): files of the built renderer and
 * nothing else (the same resolver as browser mode, which refuses traversal,
 * unknown types and folders). Every page carries the CSP header.
 */
export function appProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const notFound = () => new Response('not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8') });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.host !== APP_HOST) return notFound();
    const file = await staticFile(rendererDir, url.pathname);
    if (!file) return notFound();
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers: headers(file.type) });
  };
}
