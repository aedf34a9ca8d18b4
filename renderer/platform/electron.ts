import { createApi, resultOf } from '../../api/client';
import type { Bridge, ShellApi } from '../../electron/shared/bridge';
import { chooseFilesInPage, readOneInPage } from './pick-in-page';
import type { Platform } from './types';

/** Shell actions over invoke('shell.<action>'): replies cross contextBridge as data, so a refusal arrives as ApiError with its code and field. */
function shellOver(bridge: Bridge): ShellApi {
  return new Proxy({} as ShellApi, {
    get: (_, action: string) => async (args?: unknown) => resultOf(await bridge.invoke(`shell.${action}`, args)),
  });
}

/** The desktop app: the preload's bridge carries the API over IPC; native dialogs pick, save and print. */
export function electronPlatform(bridge: Bridge): Platform {
  const shell = shellOver(bridge);
  return {
    kind: 'electron',
    api: createApi(bridge.invoke),
    files: {
      // Native dialogs return paths, which the main process reads (only those the user chose), skipping the base64 round trip.
      pick: async ({ mode }) => {
        const paths = await shell.pickImportPaths({ mode });
        return paths && paths.length ? { kind: 'paths', paths } : null;
      },
      // One file the page reads: Chromium's chooser is the native dialog here too.
      readOne: ({ accept }) => readOneInPage(accept),
      chooseInPage: ({ accept }) => chooseFilesInPage(accept),
      // The shell writes Markdown in the app's language setting, which is the page's.
      saveRecords: ({ lang: _lang, ...o }) => shell.exportData(o),
    },
    pdf: {
      // Printed by the app's own Chromium (printToPDF) and saved through a dialog: one step, no polling.
      export: async (view, onProgress) => {
        onProgress({ phase: 'printing', progress: 0.5 });
        const r = await shell.exportPdf({ view });
        return r ? { pages: r.pages } : null;
      },
    },
    notices: { subscribe: (listener) => bridge.onNotice(listener) },
    shell,
  };
}
