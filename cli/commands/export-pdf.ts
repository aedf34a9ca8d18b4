import path from 'node:path';
import { LANE_BY, type LaneBy } from '../../api/contract/views';
import { LANE_DEPTH, PAPERS, PrintView, type Paper } from '../../api/contract/export';
import { assertPrintPage, rendererDir } from '../../export/renderer-dir';
import { chromiumPrinter } from '../../host/chromium-printer';
import { UsageError } from '../args';
import type { Command } from '../command';
import { openSession, type Session } from '../context';
import { printJson } from '../output';
import { FILTER_OPTIONS, FILTER_USAGE, filterFrom } from '../filters';
import { OUT_OPTIONS, outFile } from '../out-file';

const STEP_TEXT = { starting: 'starting Chromium', loading: 'loading records', layout: 'laying out pages', printing: 'printing PDF' } as const;

export const exportPdf: Command = {
  name: 'export-pdf',
  usage:
    `chainline export-pdf --out FILE ${FILTER_USAGE} [--lanes chain|region|kind|actor] [--open NAME,…] [--paper A4|A3] [--title T] [--lang zh|en] [--no-notes] [--force]`,
  summary: 'export the timeline and a table of records with sources as a PDF (the window is --from..--to)',
  options: {
    ...FILTER_OPTIONS,
    ...OUT_OPTIONS,
    lanes: { type: 'string' },
    /** Lanes to print opened, e.g. a province to show its cities (names as in the taxonomy; their ancestors open too). */
    open: { type: 'string', multiple: true },
    paper: { type: 'string' },
    title: { type: 'string' },
    lang: { type: 'string' },
    /** A copy for others: the quotes stay, the researcher's notes are left out. */
    'no-notes': { type: 'boolean', default: false },
    renderer: { type: 'string' },
  },
  async run({ dbPath, json, values }) {
    if (!values.out) throw new UsageError('--out FILE is required');
    const lanes = (values.lanes as string | undefined) ?? 'chain';
    if (!(LANE_BY as readonly string[]).includes(lanes)) throw new UsageError(`--lanes takes one of ${LANE_BY.join(', ')}`);
    const paper = ((values.paper as string | undefined) ?? 'A4').toUpperCase();
    if (!(PAPERS as readonly string[]).includes(paper)) throw new UsageError(`--paper takes ${PAPERS.join(' or ')}`);
    const lang = ((values.lang as string | undefined) ?? 'zh').toLowerCase();
    if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang takes zh or en');
    const { file, write } = outFile(values);
    const filter = filterFrom(values);
    const openNames = ((values.open as string[] | undefined) ?? []).flatMap((v) => v.split(/[,，、]/)).map((v) => v.trim()).filter(Boolean);
    if (openNames.length && lanes !== 'chain' && lanes !== 'region') throw new UsageError('--open takes chain or region names: use it with --lanes chain or region');
    const view = PrintView.parse({
      filter,
      laneBy: lanes as LaneBy,
      depth: LANE_DEPTH[lanes as LaneBy],
      paper: paper as Paper,
      title: (values.title as string | undefined) ?? '',
      lang,
      notes: !values['no-notes'],
      // The window is the filter's date range; open ends follow the data.
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    });
    const dir = path.resolve((values.renderer as string | undefined) ?? rendererDir());
    assertPrintPage(dir);
    const s = openSession(dbPath);
    const started = Date.now();
    const progress = (text: string) => {
      if (!json || process.stderr.isTTY) process.stderr.write(`${text}…\n`);
    };
    try {
      if (openNames.length) view.open = await openLanes(s.api, lanes as 'chain' | 'region', openNames);
      // Fail on a bad filter (unknown chain, region) with the API's message before starting a browser.
      await s.api.export.report({ filter, limit: 1 });
      const print = chromiumPrinter({ handlers: () => s.handlers, staticDir: dir });
      const { pdf, summary } = await print(view, (step) => progress(STEP_TEXT[step]));
      write(pdf);
      const result = { file, pages: summary.pages, records: summary.records, bytes: pdf.length };
      if (json) printJson(result);
      else console.log(`wrote ${values.out}: ${summary.pages} pages, ${summary.records} records, ${(pdf.length / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      s.close();
    }
  },
};

/** The lanes to open for the named nodes: each node and every node above it (a lane shows only under open parents). */
async function openLanes(api: Session['api'], lanes: 'chain' | 'region', names: string[]): Promise<string[]> {
  const nodes = lanes === 'chain' ? await api.taxonomy.chains({}) : await api.taxonomy.regions({});
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const open = new Set<string>();
  for (const name of names) {
    const hits = nodes.filter((n) => n.name === name || n.id === name);
    if (!hits.length) throw new UsageError(`--open: no ${lanes} named ${name}`);
    if (hits.length > 1) throw new UsageError(`--open: ${hits.length} ${lanes}s are named ${name}; give its id`);
    for (let n = byId.get(hits[0].id); n; n = n.parentId ? byId.get(n.parentId) : undefined) open.add(n.id);
  }
  return [...open];
}
