import { createApi, type Transport } from '../../api/client';
import { DATA_FORMAT_FILES } from '../../api/contract/export';
import type { Api } from '../../api/contract';
import { base64Bytes, download } from './download';
import { chooseFilesInPage, pickInPage, readOneInPage } from './pick-in-page';
import type { Platform } from './types';

const TOKEN_KEY = 'chainline.token';
const POLL_MS = 300;

/** The token arrives in the URL fragment once; keep it for this tab and take it out of the address bar. */
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

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Browser mode: the API over HTTP to `chainline serve`; files are read in the page and exports are downloads. */
export function browserPlatform(): Platform {
  const api: Api = createApi(httpTransport());
  return {
    kind: 'browser',
    api,
    files: {
      pick: ({ mode, accept }) => pickInPage(mode, accept),
      readOne: ({ accept }) => readOneInPage(accept),
      chooseInPage: ({ accept }) => chooseFilesInPage(accept),
      saveRecords: async ({ format, filter, sort, columns, lang }) => {
        const r = await api.export.data({ format, filter, sort, columns, lang });
        download(r.encoding === 'base64' ? base64Bytes(r.content) : r.content, r.fileName, DATA_FORMAT_FILES[format].mime);
        return { file: r.fileName, records: r.records };
      },
    },
    pdf: {
      // The server prints in a job and is polled: one HTTP call could not report progress.
      export: async (view, onProgress, signal) => {
        const { job } = await api.export.pdfStart({ view });
        for (;;) {
          if (signal?.aborted) return null;
          const st = await api.export.pdfStatus({ job });
          onProgress({ phase: st.phase, progress: st.progress });
          if (st.phase === 'failed') throw new Error(st.error ?? 'failed');
          if (st.result) {
            download(base64Bytes(st.result.pdfBase64), st.result.fileName, 'application/pdf');
            return { pages: st.result.pages };
          }
          await wait(POLL_MS);
        }
      },
    },
    notices: { subscribe: () => () => {} },
    shell: null,
  };
}
