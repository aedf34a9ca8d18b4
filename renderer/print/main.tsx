// One font file per weight sets the page: a PDF embeds one subset per font file
// it draws with, and Noto Sans SC's ~100 unicode-range slices per weight made
// printing 1,000 records embed 60 of them. The slices stay declared first, as
// the fallback for rarer characters: of faces with overlapping ranges the last
// declared is tried first, so the one file (~7,900 common characters, Latin and
// punctuation) wins wherever it has the glyph.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import '@fontsource/noto-sans-sc/chinese-simplified-700.css';
import './print.css';
import { createRoot } from 'react-dom/client';
import { PrintView } from '../../api/contract/export';
import type { PrintHandle, PrintSummary } from '../../api/print/protocol';
import { decodeView } from '../../api/print/view-url';
import { loadReport, type ReportInput } from './load';
import { PrintReport } from './PrintReport';
import { resources } from '../../i18n';
import { printT } from './i18n';

// The print page: one URL (print.html?view=…) that Electron's printToPDF and
// headless Chromium both load. It reads its data through the normal API and
// resolves window.__chainlinePrint.ready once the last page is laid out with
// its fonts loaded.

let settle!: { resolve(s: PrintSummary): void; reject(e: Error): void };
const handle: PrintHandle = {
  phase: 'loading',
  ready: new Promise<PrintSummary>((resolve, reject) => (settle = { resolve, reject })),
};
window.__chainlinePrint = handle;
handle.ready.then(
  () => (window.__printReady = true),
  () => {},
);

/** Every character the report will set, so the right unicode-range subsets of the web font load before anything is measured. */
function charsOf(input: ReportInput): string {
  const seen = new Set<string>();
  const add = (t: string | null | undefined) => {
    if (t) for (const ch of t) seen.add(ch);
  };
  const words = resources[input.view.lang];
  add(JSON.stringify(words.print) + JSON.stringify(words.common.kinds) + JSON.stringify(words.common.statuses) + JSON.stringify(words.common.fields) + JSON.stringify(words.common.lanes) + input.view.title);
  add('0123456789年月日季度一二三四代第页共/–…·（）：，、《》“”[]+└');
  input.timeline.lanes.forEach((l) => add(l.label));
  input.timeline.items.title.forEach(add);
  for (const r of input.report.rows) {
    add(r.title);
    r.chains.forEach(add);
    r.regions.forEach(add);
    r.targets.forEach((t) => (add(t.metric), add(t.unit)));
    add(r.notes);
    r.quotes.forEach((q) => (add(q.quote), add(q.note)));
  }
  input.report.sources.forEach((x) => (add(x.title), add(x.outlet), add(x.url), add(x.publishedAt)));
  input.names.forEach(add);
  return [...seen].join('');
}

async function start(): Promise<void> {
  const code = new URLSearchParams(location.search).get('view');
  const parsed = PrintView.safeParse(code ? decodeView(code) : {});
  if (!parsed.success) throw new Error(`bad view: ${parsed.error.issues[0].message}`);
  const view = parsed.data;
  document.documentElement.lang = view.lang === 'en' ? 'en' : 'zh-CN';
  document.title = view.title || printT(view.lang)('defaultTitle');
  const input = await loadReport(view);
  handle.phase = 'layout';
  const text = charsOf(input);
  await Promise.all([document.fonts.load('400 12px "Noto Sans SC"', text), document.fonts.load('700 12px "Noto Sans SC"', text)]);
  await new Promise<void>((done) => {
    createRoot(document.getElementById('root')!).render(
      <PrintReport
        input={input}
        onDone={(summary) => {
          // Glyphs first used by the final pages (if any) finish loading before we say ready.
          void document.fonts.ready.then(() => {
            handle.phase = 'ready';
            settle.resolve(summary);
            done();
          });
        }}
      />,
    );
  });
}

start().catch((err: Error) => {
  handle.phase = 'failed';
  const el = document.getElementById('root')!;
  el.textContent = `Chainline: ${err.message}`;
  el.setAttribute('role', 'alert');
  settle.reject(err);
});
