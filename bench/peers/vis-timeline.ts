import type { BrowserContext, Page } from 'playwright-core';
import { drive, type PanZoom } from '../app-page';

interface VisWindow {
  __visFirstFrame?: number;
  __visError?: string;
}

/** Opens the vis-timeline page and waits for its first frame; returns it with the ms from fetching the items to that frame. */
export async function openVis(context: BrowserContext, url: string, timeoutMs: number): Promise<{ page: Page; firstFrameMs: number }> {
  const page = await context.newPage();
  await page.goto(url);
  const state = (await (
    await page.waitForFunction(
      () => {
        const w = window as unknown as VisWindow;
        return w.__visFirstFrame !== undefined || w.__visError ? { ms: w.__visFirstFrame, error: w.__visError } : null;
      },
      undefined,
      { timeout: timeoutMs, polling: 100 },
    )
  ).jsonValue()) as { ms?: number; error?: string };
  if (state.error || state.ms === undefined) throw new Error(`vis-timeline page failed: ${state.error}`);
  return { page, firstFrameMs: state.ms };
}

/** The same continuous pan and zoom through vis-timeline's setWindow (no animation). */
export function panZoomVis(page: Page, framesPerPhase: number, budgetMs: number): Promise<PanZoom> {
  return drive(page, 'vis', framesPerPhase, budgetMs);
}
