import type { PrintView } from '../contract/export';

// A view travels in the print page's query string (never the fragment: browser
// mode keeps its access token there and strips it on load). base64url of UTF-8
// JSON keeps Chinese lane names and filters intact through any URL handling.

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function encodeView(view: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(view)));
}

/** The decoded JSON, or null; the caller validates it with the contract's schema. */
export function decodeView(code: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(fromBase64Url(code)));
  } catch {
    return null;
  }
}

/**
 * The print page's URL under a renderer base (`http://127.0.0.1:PORT/` or
 * Electron's `file:///…/dist/renderer/`). In browser mode the API token goes
 * in the fragment, exactly as for the app itself.
 */
export function printPageUrl(base: string, view: PrintView, token?: string): string {
  const u = new URL('print.html', base.endsWith('/') ? base : `${base}/`);
  u.searchParams.set('view', encodeView(view));
  if (token) u.hash = `token=${token}`;
  return u.href;
}
