import type { Api } from '../../api/contract';
import type { Bridge } from '../../electron/shared/bridge';
import { browserPlatform } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './types';

// The renderer's one door to its host. Only this folder looks at
// window.chainline (what the Electron preload exposes); every other module
// imports `platform` or `api` from here.

declare global {
  interface Window {
    chainline?: Bridge;
  }
}

export type { DataFormat, NamedFile, PdfProgress, Picked, Platform } from './types';

/** Chosen once, at start. In browser mode this also takes the access token out of the URL, so it loads before routing. */
export const platform: Platform = window.chainline ? electronPlatform(window.chainline) : browserPlatform();
export const api: Api = platform.api;
export { copyText } from './clipboard';
