import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openDatabase } from '../../db/open';
import { launch, newContext } from '../browser';
import { sizeLabel, type BenchContext } from '../context';
import { placesAndChains } from '../datasets';
import { writeImportFolder } from '../import-folder';
import { goalMax, rateStat, row, stat, type Row } from '../result';
import { serve } from '../serve';

interface LongTask {
  start: number;
  end: number;
}
interface Probe {
  __longTasks: LongTask[];
  __changeAt: number[];
}

/**
 * One import of the folder through the UI in browser mode (the dialog's
 * folder chooser), watching the page's long tasks as e2e/import-bulk.spec.ts
 * does. The task in which the browser builds the FileList (before the app's
 * code runs) is the browser's and is reported apart.
 */
async function importThroughUi(ctx: BenchContext, browser: Browser, dir: string, count: number, run: number) {
  const dbFile = path.join(ctx.tmpDir, `import-ui-${run}.db`);
  openDatabase(dbFile).db.close();
  const served = await serve(dbFile, ctx.rendererDir);
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript((token) => {
      sessionStorage.setItem('chainline.token', token);
      const w = window as unknown as Probe;
      w.__longTasks = [];
      w.__changeAt = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration }))).observe({ type: 'longtask', buffered: true });
      document.addEventListener('change', () => w.__changeAt.push(performance.now()), true);
    }, served.token);
    await page.goto(`${served.base}#/sources`);
    await page.getByRole('button', { name: '导入…' }).first().click();
    const dialog = page.getByRole('dialog', { name: '导入文章' });
    await dialog.waitFor();
    await page.evaluate(() => ((window as unknown as Probe).__longTasks = []));
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '选择文件夹…' }).click();
    const t0 = performance.now();
    await (await chooser).setFiles(dir);
    await dialog.locator('.import-note').waitFor({ timeout: 600_000 });
    const seconds = (performance.now() - t0) / 1000;
    const probe = await page.evaluate(() => {
      const w = window as unknown as Probe;
      return { tasks: w.__longTasks, changeAt: w.__changeAt };
    });
    // Long task durations are coarse: allow a little between a task's end and the change event it fired.
    const isBrowsers = (t: LongTask) => probe.changeAt.some((c) => c >= t.start && c <= t.end + 20);
    const longest = (ts: LongTask[]) => Math.max(0, ...ts.map((t) => t.end - t.start));
    const imported = Number((await dialog.locator('.import-count.imported').textContent())?.replace(/\D/g, '') ?? 0);
    return {
      seconds,
      imported,
      longestAppTaskMs: longest(probe.tasks.filter((t) => !isBrowsers(t))),
      appLongTasks: probe.tasks.filter((t) => !isBrowsers(t)).length,
      browserFileListTaskMs: longest(probe.tasks.filter(isBrowsers)),
      loadPerCore: os.loadavg()[0] / os.cpus().length,
    };
  } finally {
    await context.close();
    await served.stop();
  }
}

/** Importing through the UI in browser mode: articles per second and the longest main-thread block. */
export async function importUiFigure(ctx: BenchContext): Promise<Row[]> {
  const count = ctx.config.importFiles;
  const dir = path.join(ctx.tmpDir, 'import-ui-folder', '新闻稿');
  const seed = openDatabase(':memory:').db;
  writeImportFolder(dir, count, placesAndChains(seed));
  seed.close();
  const browser = await launch(ctx.chromiumPath);
  const runs: Awaited<ReturnType<typeof importThroughUi>>[] = [];
  try {
    for (let i = 0; i < ctx.config.runs.importUi; i++) {
      runs.push(await importThroughUi(ctx, browser, dir, count, i));
      ctx.log(`  UI import: ${runs[i].imported} in ${runs[i].seconds.toFixed(1)} s, longest app task ${runs[i].longestAppTaskMs.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
  }
  const longest = stat(runs.map((r) => r.longestAppTaskMs));
  const browserTask = Math.max(...runs.map((r) => r.browserFileListTaskMs));
  return [
    row({
      figure: `import through the UI, browser mode (${runs[0].imported} imported)`,
      size: sizeLabel(count, 'files'),
      unit: 'articles/s',
      better: 'higher',
      ours: rateStat(runs[0].imported, runs.map((r) => r.seconds)),
      goal: null,
      notes: ['no peer: the UI sends each file to the same importer (see the importPaths row for its floor)'],
      extra: { runs },
    }),
    row({
      figure: 'longest main-thread task during the UI import (app code)',
      size: sizeLabel(count, 'files'),
      unit: 'ms',
      better: 'lower',
      ours: longest,
      goal: goalMax('< 100 ms', longest, 100),
      notes: [
        `the browser's own task building the FileList for the chosen folder (before any app code): ${browserTask.toFixed(0)} ms`,
        'long tasks are wall-clock: on a loaded machine the same work is descheduled and stretches (0 = no task over 50 ms)',
      ],
    }),
  ];
}
