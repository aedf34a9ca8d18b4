import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openDatabase } from '../../db/open';
import { openTimeline, panZoomChainline, type TimelineMarks } from '../app-page';
import { launch, newContext, tabMemory } from '../browser';
import { sizeLabel, type BenchContext } from '../context';
import { dataset } from '../datasets';
import { servePeer } from '../peers/static-server';
import { writeVisData } from '../peers/vis-items';
import { openVis, panZoomVis } from '../peers/vis-timeline';
import { memoryOf } from '../proc';
import { goalMax, row, single, stat, type PeerStat, type Row } from '../result';
import { serve } from '../serve';
import { fmtStat } from '../table';

const GOAL_AT = 100_000;
const FRAMES_PER_PHASE = 40; // zoom in, pan, zoom out, pan back: 160 frames
const DRIVE_BUDGET_MS = 30_000;

interface Measured {
  firstPaint: number[];
  work: number[];
  intervals: number[];
  jsHeapMB: number;
  rendererRssMB: number | null;
  notes: string[];
}

async function measureChainline(ctx: BenchContext, browser: Browser, dbFile: string): Promise<Measured & { serverPeakMB: number | null; breakdown: TimelineMarks[]; drawMs: number[] }> {
  const served = await serve(dbFile, ctx.rendererDir);
  try {
    const firstPaint: number[] = [];
    const breakdown: TimelineMarks[] = [];
    let last: Awaited<ReturnType<typeof openTimeline>> | null = null;
    for (let i = 0; i < ctx.config.runs.firstPaint; i++) {
      // A new context each time: a fresh tab with a cold HTTP cache, as when the app is opened.
      if (last) await last.page.context().close();
      last = await openTimeline(await newContext(browser), served);
      firstPaint.push(last.marks.firstPaintMs);
      breakdown.push(last.marks);
    }
    const frames = await panZoomChainline(last!.page, FRAMES_PER_PHASE, DRIVE_BUDGET_MS);
    const mem = await tabMemory(browser, last!.page);
    await last!.page.context().close();
    return {
      firstPaint,
      work: frames.workMs,
      intervals: frames.intervalsMs,
      jsHeapMB: mem.jsHeapMB,
      rendererRssMB: mem.rendererRssMB,
      serverPeakMB: memoryOf(served.pid)?.peakMB ?? null,
      breakdown,
      drawMs: frames.drawMs,
      notes: frames.complete ? [] : [`pan/zoom stopped at the ${DRIVE_BUDGET_MS / 1000} s budget after ${frames.frames} frames`],
    };
  } finally {
    await served.stop();
  }
}

async function measureVis(ctx: BenchContext, browser: Browser, dbFile: string, size: number): Promise<Measured> {
  const dataFile = path.join(ctx.tmpDir, `vis-${size}.json`);
  const { db } = openDatabase(dbFile);
  let counts: { items: number; groups: number };
  try {
    counts = writeVisData(db, dataFile);
  } finally {
    db.close();
  }
  const peer = await servePeer(dataFile);
  try {
    const firstPaint: number[] = [];
    // vis-timeline takes seconds per load at these sizes: fewer repetitions.
    const runs = Math.min(3, ctx.config.runs.firstPaint);
    let last: Awaited<ReturnType<typeof openVis>> | null = null;
    for (let i = 0; i < runs; i++) {
      if (last) await last.page.context().close();
      last = await openVis(await newContext(browser), `${peer.url}vis.html`, 300_000);
      firstPaint.push(last.firstFrameMs);
      ctx.log(`  vis-timeline first frame ${(last.firstFrameMs / 1000).toFixed(1)} s`);
    }
    const frames = await panZoomVis(last!.page, FRAMES_PER_PHASE, DRIVE_BUDGET_MS);
    const mem = await tabMemory(browser, last!.page);
    await last!.page.context().close();
    const notes = [`vis-timeline: ${counts.items.toLocaleString('en')} items in ${counts.groups} flat groups (one per chain lane), stack on`];
    if (!frames.complete) notes.push(`vis-timeline pan/zoom stopped at the ${DRIVE_BUDGET_MS / 1000} s budget after ${frames.frames} of ${FRAMES_PER_PHASE * 4} frames`);
    return { firstPaint, work: frames.workMs, intervals: frames.intervalsMs, jsHeapMB: mem.jsHeapMB, rendererRssMB: mem.rendererRssMB, notes };
  } finally {
    await peer.close();
  }
}

/** Where the first paint goes (medians): the API call with its JSON both ways, building the model, drawing. */
function splitNote(marks: TimelineMarks[]): string {
  const med = (f: (m: TimelineMarks) => number) => stat(marks.map(f)).median.toFixed(0);
  return `median split: API call + JSON ${med((m) => m.dataMs - m.modelMs)} ms, model ${med((m) => m.modelMs)} ms, first frame ${med((m) => m.firstPaintMs - m.dataMs)} ms; app boot to first frame ${med((m) => m.fromNavigationMs)} ms`;
}

/**
 * Timeline rendering in headless Chromium: Chainline's first paint and
 * pan/zoom frames (its own performance marks) against vis-timeline given the
 * same records, plus the memory of the tab and of the server.
 */
export async function renderFigure(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const browser = await launch(ctx.chromiumPath);
  try {
    for (const size of ctx.config.renderRecords) {
      const ds = dataset('records', size, ctx.log);
      const label = sizeLabel(size, 'records');
      ctx.log(`render: Chainline, ${label}`);
      const ours = await measureChainline(ctx, browser, ds.file);
      let vis: Measured | null = null;
      if (ctx.config.visRecords.includes(size)) {
        ctx.log(`render: vis-timeline, ${label}`);
        vis = await measureVis(ctx, browser, ds.file, size);
      }
      const peer = (name: string, values: number[] | undefined): PeerStat[] => (vis && values?.length ? [{ name, stat: stat(values) }] : []);
      const noPeer = vis ? [] : [`no vis-timeline run at this size (${ctx.config.visRecords.length ? 'it takes minutes' : 'not in this mode'})`];
      const fp = stat(ours.firstPaint);
      const work = stat(ours.work);
      rows.push(
        row({
          figure: 'timeline first paint (data request → first frame drawn)',
          size: label, unit: 'ms', better: 'lower', ours: fp, peers: peer('vis-timeline', vis?.firstPaint),
          goal: goalMax('p95 < 300 ms @100k', fp, 300, size >= GOAL_AT),
          notes: [splitNote(ours.breakdown), ...noPeer, ...(vis?.notes ?? [])],
          extra: { chainline: ours.breakdown },
        }),
        row({
          figure: 'pan/zoom: main-thread work per frame',
          size: label, unit: 'ms', better: 'lower', ours: work, peers: peer('vis-timeline', vis?.work),
          goal: goalMax('p95 < 16 ms @100k', work, 16, size >= GOAL_AT),
          notes: [`Chainline's own 'timeline:frame' (canvas draw alone): ${fmtStat(stat(ours.drawMs), 'ms')}`, ...ours.notes],
          extra: { frames: ours.work.length, visFrames: vis?.work.length, drawMs: stat(ours.drawMs) },
        }),
        row({
          figure: 'pan/zoom: frame interval (60 Hz floor 16.7 ms)',
          size: label, unit: 'ms', better: 'lower', ours: stat(ours.intervals), peers: peer('vis-timeline', vis?.intervals), goal: null,
        }),
        row({
          figure: 'memory: browser tab JS heap after pan/zoom',
          size: label, unit: 'MB', better: 'lower', ours: single(ours.jsHeapMB), peers: vis ? [{ name: 'vis-timeline', stat: single(vis.jsHeapMB) }] : [], goal: null,
        }),
        row({
          figure: 'memory: renderer process RSS after pan/zoom',
          size: label, unit: 'MB', better: 'lower', ours: ours.rendererRssMB === null ? null : single(ours.rendererRssMB),
          peers: vis?.rendererRssMB ? [{ name: 'vis-timeline', stat: single(vis.rendererRssMB) }] : [], goal: null,
        }),
        row({
          figure: 'memory: server process peak RSS (chainline serve, VmHWM)',
          size: label, unit: 'MB', better: 'lower', ours: ours.serverPeakMB === null ? null : single(ours.serverPeakMB), goal: null,
          notes: ['no peer: vis-timeline has no server (its data sat in the bench process)'],
        }),
      );
    }
  } finally {
    await browser.close();
  }
  return rows;
}
