import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Served } from './serve';

const DRIVE_JS = path.join(import.meta.dirname, 'page', 'drive.js');

/** Installs the pan/zoom driver (bench/page/drive.js) through the DevTools protocol: the app's CSP rightly refuses inline scripts. */
export async function installDriver(page: Page): Promise<void> {
  await page.evaluate(readFileSync(DRIVE_JS, 'utf8'));
}

export interface TimelineMarks {
  /** 'timeline:first-paint': the data request starts → the first frame with the data drawn. */
  firstPaintMs: number;
  /** 'timeline:data': request → model built (API call, JSON, model); 'timeline:model': the model alone. */
  dataMs: number;
  modelMs: number;
  /** Navigation start → first frame drawn (app boot included). */
  fromNavigationMs: number;
  /** Epoch ms of the first frame drawn (the page's time origin plus its end). */
  paintedAt: number;
  items: number;
}

/**
 * Opens the app straight on the timeline screen, as a returning user's tab
 * would: the access token is put where the app keeps it (sessionStorage)
 * before any script runs, since the URL fragment can hold only the route.
 */
export async function openTimeline(context: BrowserContext, served: Served, timeoutMs = 180_000): Promise<{ page: Page; marks: TimelineMarks }> {
  const page = await context.newPage();
  await page.addInitScript((token) => sessionStorage.setItem('chainline.token', token), served.token);
  await page.goto(`${served.base}#/timeline`);
  await page.waitForFunction(() => performance.getEntriesByName('timeline:first-paint', 'measure').length > 0, undefined, { timeout: timeoutMs, polling: 50 });
  const marks = await page.evaluate(() => {
    const m = (name: string) => performance.getEntriesByName(name, 'measure')[0];
    const fp = m('timeline:first-paint');
    return {
      firstPaintMs: fp.duration,
      dataMs: m('timeline:data')?.duration ?? NaN,
      modelMs: m('timeline:model')?.duration ?? NaN,
      fromNavigationMs: fp.startTime + fp.duration,
      paintedAt: performance.timeOrigin + fp.startTime + fp.duration,
      items: Number(document.querySelector('canvas.tl-canvas')?.getAttribute('data-painted') ?? 0),
    };
  });
  return { page, marks };
}

export interface PanZoom {
  /** Main-thread work per frame (input + animation-frame callbacks; see bench/page/drive.js). */
  workMs: number[];
  intervalsMs: number[];
  frames: number;
  complete: boolean;
}

/** Runs the driver in a page that has it installed. */
export async function drive(page: Page, target: 'chainline' | 'vis', framesPerPhase: number, budgetMs: number): Promise<PanZoom & { began: number }> {
  await installDriver(page);
  // Let late work (fonts, the first frame's follow-ups) settle before measuring.
  await page.waitForTimeout(500);
  const r = (await page.evaluate(`__benchDrive('${target}', ${framesPerPhase}, ${budgetMs})`)) as { began: number; intervals: number[]; work: number[]; frames: number; complete: boolean };
  return { began: r.began, workMs: r.work, intervalsMs: r.intervals, frames: r.frames, complete: r.complete };
}

/** Pans and zooms Chainline's timeline continuously (one wheel event per frame); also returns its own per-frame draw marks ('timeline:frame'). */
export async function panZoomChainline(page: Page, framesPerPhase: number, budgetMs: number): Promise<PanZoom & { drawMs: number[] }> {
  const r = await drive(page, 'chainline', framesPerPhase, budgetMs);
  const drawMs = await page.evaluate(
    (began) => performance.getEntriesByName('timeline:frame', 'measure').filter((e) => e.startTime >= began).map((e) => e.duration),
    r.began,
  );
  return { ...r, drawMs };
}
