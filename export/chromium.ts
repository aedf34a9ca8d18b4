import { existsSync } from 'node:fs';
import type { Paper } from '../api/contract/export';
import { chromiumPdfOptions } from './pdf-options';
import { AWAIT_READY_JS, type PrintSummary } from '../api/print/protocol';
import type { ExportStep } from './printer';

export interface ChromiumOptions {
  paper: Paper;
  onStep?: (step: ExportStep) => void;
  /** Defaults to CHROMIUM_PATH or an installed Chromium or Chrome (findChromium). */
  executablePath?: string;
  /** A safety net for a print page that never settles, not a wait for anything. */
  timeoutMs?: number;
}

// Loaded at run time by a computed name so bundlers (the Electron main build)
// leave it out: the desktop app prints with its own Chromium (export/electron.ts).
const PLAYWRIGHT = 'playwright-core';
type Playwright = typeof import('playwright-core');

// Where Chromium or Chrome usually lives; CHROMIUM_PATH overrides. Never a downloaded browser.
const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env = process.env): string {
  const found = env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('no Chromium or Chrome found for PDF export: install one, or set CHROMIUM_PATH');
  return found;
}

/** Opens the print page in headless Chromium, waits for it to say it is ready, and prints it. */
export async function printUrlToPdf(url: string, o: ChromiumOptions): Promise<{ pdf: Buffer; summary: PrintSummary }> {
  o.onStep?.('starting');
  const { chromium } = (await import(PLAYWRIGHT)) as Playwright;
  const browser = await chromium.launch({
    executablePath: o.executablePath ?? findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    o.onStep?.('loading');
    await page.goto(url, { waitUntil: 'load' });
    // The page moves from loading to layout on its own; report it when it does.
    void page
      .waitForFunction(() => window.__chainlinePrint?.phase !== 'loading', undefined, { timeout: 0 })
      .then(() => o.onStep?.('layout'), () => {});
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the print page did not finish within ${Math.round((o.timeoutMs ?? 600_000) / 1000)} s`)), o.timeoutMs ?? 600_000);
    });
    let summary: PrintSummary;
    try {
      summary = await Promise.race([page.evaluate(AWAIT_READY_JS) as Promise<PrintSummary>, timeout]);
    } catch (err) {
      throw new Error(`print page failed: ${errors[0] ?? (err as Error).message.split('\n')[0]}`);
    } finally {
      clearTimeout(timer);
    }
    o.onStep?.('printing');
    const pdf = await page.pdf(chromiumPdfOptions(o.paper));
    return { pdf, summary };
  } finally {
    await browser.close();
  }
}
