import path from 'node:path';
import { LANE_BY, type LaneBy } from '../../api/contract/views';
import { LANE_DEPTH, PAPERS, PrintView, type Paper } from '../../api/contract/export';
import { assertPrintPage, rendererDir } from '../../export/renderer-dir';
import { chromiumPrinter } from '../../host/chromium-printer';
import { UsageError } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { printJson } from '../output';
import { FILTER_OPTIONS, FILTER_USAGE, filterFrom } from '../filters';
import { OUT_OPTIONS, outFile } from '../out-file';

const STEP_TEXT = { starting: 'starting Chromium', loading: 'loading records', layout: 'laying out pages', printing: 'printing PDF' } as const;

export const exportPdf: Command = {
  name: 'export-pdf',
  usage:
    `chainline export-pdf --out FILE ${FILTER_USAGE} [--lanes chain|region|kind|actor] [--paper A4|A3] [--title T] [--lang zh|en] [--no-notes] [--force]`,
  summary: 'export the timeline and a table of records with sources as a PDF (the window is --from..--to)',
  options: {
    ...FILTER_OPTIONS,
    ...OUT_OPTIONS,
    lanes: { type: 'string' },
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
