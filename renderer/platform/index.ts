import { createApi, type Transport } from '../../api/client';
import type { Api } from '../../api/contract';
import type { Bridge } from '../../electron/preload/bridge';

/** What the Electron preload exposes (contextBridge); absent in browser mode. */
export type ChainlineBridge = Bridge;

declare global {
  interface Window {
    chainline?: ChainlineBridge;
  }
}

const TOKEN_KEY = 'chainline.token';

/** Browser mode: the token arrives in the URL fragment once; keep it for this tab and take it out of the address bar. */
function httpToken(): string {
  const m = /token=([\w-]+)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = httpToken();
  return async (channel, args) => {
    const res = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Chainline-Token': token },
      body: JSON.stringify(args ?? {}),
    });
    const body = await res.json().catch(() => null);
    if (body && typeof body === 'object' && 'ok' in body) return body;
    return { ok: false, error: { code: 'internal', message: `server answered ${res.status}` } };
  };
}

export const platform: 'electron' | 'browser' = window.chainline ? 'electron' : 'browser';
export const api: Api = createApi(window.chainline ? window.chainline.invoke : httpTransport());
