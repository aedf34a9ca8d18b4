import type { Session } from 'electron';
import { CSP } from '../../server/security';
import { isAppUrl } from './protocol';

/** The only permission a page of ours may have: writing plain text to the clipboard (copying a share link). */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

// Nothing remote is ever loaded: the app is offline by design, and a page
// that could fetch from the network could also send notes out.
const LOCAL_SCHEMES = new Set(['chainline:', 'devtools:', 'data:', 'blob:']);

export function requestAllowed(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export type HardenedSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setSpellCheckerEnabled'
  | 'on'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'> };

/**
 * Session-wide rules for every window: permissions denied by default, remote
 * requests cancelled, the CSP header on every response, downloads refused.
 */
export function hardenSession(ses: HardenedSession): void {
  ses.setPermissionRequestHandler((_wc, permission, callback, details) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) => ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  // No streams: screen capture is refused.
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // Chromium downloads spell-check dictionaries from Google; the windows have spellcheck off anyway.
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    // DevTools is Chromium's own page and needs its own policy.
    if (details.url.startsWith('devtools:')) return callback({});
    // Ours replaces any policy a response brought (in whatever letter case), never loosened by it.
    const kept = Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
    callback({ responseHeaders: { ...Object.fromEntries(kept), 'Content-Security-Policy': [CSP] } });
  });
  ses.on('will-download', (event) => event.preventDefault());
}
