import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { memoryOf } from './proc';

// Debian's Chromium with the flags the e2e tests use (never a downloaded browser).
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// The e2e tests' window: a laptop-sized screen.
export const VIEWPORT = { width: 1400, height: 900 };

export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ARGS });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  // tsx keeps function names by wrapping them in __name(), which functions
  // handed to page.evaluate then call in the page: give the page a no-op one.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context;
}

/**
 * Memory of the tab: the JS heap in use (CDP Performance.getMetrics) and the
 * resident size now and at peak of the renderer process showing it (the
 * largest renderer when only this page is open), in MB.
 */
export async function tabMemory(browser: Browser, page: Page): Promise<{ jsHeapMB: number; rendererRssMB: number | null; rendererPeakMB: number | null }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const jsHeapMB = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
  const session = await browser.newBrowserCDPSession();
  let renderer: { rssMB: number; peakMB: number } | null = null;
  try {
    const info = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
      const m = memoryOf(p.id);
      if (m && (!renderer || m.rssMB > renderer.rssMB)) renderer = m;
    }
  } finally {
    await session.detach();
  }
  return { jsHeapMB, rendererRssMB: renderer?.rssMB ?? null, rendererPeakMB: renderer?.peakMB ?? null };
}
