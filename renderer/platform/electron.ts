import { createApi } from '../../api/client';
import type { Bridge } from '../../electron/shared/bridge';
import type { Platform } from './types';

/** The desktop app: the preload's bridge carries the API over IPC; native dialogs pick, save and print. */
export function electronPlatform(bridge: Bridge): Platform {
  return {
    kind: 'electron',
    api: createApi(bridge.invoke),
    files: {
      // Native dialogs return paths, which the main process reads (only those the user chose), skipping the base64 round trip.
      pick: async ({ mode }) => {
        const paths = await bridge.shell.pickImportPaths({ mode });
        return paths && paths.length ? { kind: 'paths', paths } : null;
      },
      saveRecords: (o) => bridge.shell.exportData(o),
    },
    pdf: {
      // Printed by the app's own Chromium (printToPDF) and saved through a dialog: one step, no polling.
      export: async (view, onProgress) => {
        onProgress({ phase: 'printing', progress: 0.5 });
        const r = await bridge.shell.exportPdf({ view });
        return r ? { pages: r.pages } : null;
      },
    },
    notices: { subscribe: (listener) => bridge.onNotice(listener) },
    shell: bridge.shell,
  };
}
