import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PrintView } from '../../api/contract/export';
import { memoryDb } from '../../db/test-helpers';
import { decodeView } from '../../api/print/view-url';
import { AWAIT_READY_JS } from '../../api/print/protocol';
import { composeHandlers } from '../../host/compose';
import { pdfPrinter, type PrintWindow } from './print-pdf';

/** A hidden window whose page answers the ready promise like the print page does. */
function fakeWindow(log: string[], o: { ready?: () => Promise<unknown> } = {}): PrintWindow {
  let destroyed = false;
  return {
    webContents: {
      loadURL: async (url) => void log.push(`load ${url}`),
      executeJavaScript: async (code) => {
        log.push(code === AWAIT_READY_JS ? 'await ready' : `js ${code}`);
        return o.ready ? o.ready() : { pages: 4, records: 12, timelinePages: 2 };
      },
      printToPDF: async (options) => {
        log.push(`print ${JSON.stringify(options)}`);
        return new TextEncoder().encode('%PDF-1.7');
      },
    },
    destroy: () => {
      destroyed = true;
      log.push('destroy');
    },
    isDestroyed: () => destroyed,
  };
}

const view: PrintView = { title: '集成电路', paper: 'A3', lang: 'zh', filter: { kinds: ['plan'] } };

describe('PDF export through the print page', () => {
  it('loads print.html under chainline://app with the view, waits for ready, prints with the page size, closes the window', async () => {
    const log: string[] = [];
    const print = pdfPrinter({ baseUrl: 'chainline://app/', createWindow: () => fakeWindow(log) });
    const steps: string[] = [];
    const { pdf, summary } = await print(view, (s) => steps.push(s));
    assert.equal(new TextDecoder().decode(pdf), '%PDF-1.7');
    assert.deepEqual(summary, { pages: 4, records: 12, timelinePages: 2 });
    const url = new URL(log[0].slice(5));
    assert.equal(`${url.protocol}//${url.host}${url.pathname}`, 'chainline://app/print.html');
    assert.deepEqual(decodeView(url.searchParams.get('view')!), view);
    assert.equal(url.hash, '', 'no token: IPC needs none');
    assert.equal(log[1], 'await ready');
    assert.match(log[2], /"pageSize":"A3".*"landscape":true.*"printBackground":true/);
    assert.equal(log[3], 'destroy');
    assert.deepEqual(steps, ['starting', 'loading']);
  });

  it('closes the window when the page fails, and reports why', async () => {
    const log: string[] = [];
    const print = pdfPrinter({ baseUrl: 'chainline://app/', createWindow: () => fakeWindow(log, { ready: () => Promise.reject(new Error('no records match')) }) });
    await assert.rejects(print(view), /no records match/);
    assert.equal(log.at(-1), 'destroy');
  });

  it('gives up on a page that never settles', async () => {
    const log: string[] = [];
    const print = pdfPrinter({ baseUrl: 'chainline://app/', timeoutMs: 20, createWindow: () => fakeWindow(log, { ready: () => new Promise(() => {}) }) });
    await assert.rejects(print(view), /did not finish/);
    assert.equal(log.at(-1), 'destroy');
  });

  it('prints one view at a time', async () => {
    const log: string[] = [];
    let open = 0;
    let most = 0;
    const print = pdfPrinter({
      baseUrl: 'chainline://app/',
      createWindow: () => {
        most = Math.max(most, ++open);
        const w = fakeWindow(log, { ready: () => new Promise((r) => setTimeout(() => r({ pages: 1, records: 0, timelinePages: 1 }), 5)) });
        return { ...w, destroy: () => (open--, w.destroy()) };
      },
    });
    await Promise.all([print(view), print(view), print(view)]);
    assert.equal(most, 1);
  });

  it('serves the contract\'s pdfStart/pdfStatus with the Electron printer', async () => {
    const t = memoryDb();
    const log: string[] = [];
    const handlers = composeHandlers(t.handlers, { dbPath: ':memory:', version: 't', printer: pdfPrinter({ baseUrl: 'chainline://app/', createWindow: () => fakeWindow(log) }) });
    const { job } = await handlers.export.pdfStart({ view: view as never });
    let status = await handlers.export.pdfStatus({ job });
    for (let i = 0; i < 50 && status.phase !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 5));
      status = await handlers.export.pdfStatus({ job });
    }
    assert.equal(status.phase, 'done');
    assert.equal(Buffer.from(status.result!.pdfBase64, 'base64').toString(), '%PDF-1.7');
    assert.match(status.result!.fileName, /^集成电路 \d{4}-\d\d-\d\d\.pdf$/);
    assert.throws(() => handlers.export.pdfStatus({ job }), /no such export/);
    assert.equal(handlers.records, t.handlers.records, 'everything else is the normal back end');
    t.close();
  });
});
