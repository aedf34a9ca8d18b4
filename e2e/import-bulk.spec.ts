import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { syntheticFolder } from './import-articles';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';
import { ImportPage } from './pages/import-page';

const COUNT = 1000;
const SHOWN = COUNT.toLocaleString('zh-CN');

interface LongTask {
  start: number;
  end: number;
}
interface Probe {
  __longTasks: LongTask[];
  __changeAt: number[];
}

test.describe('bulk import through the UI', () => {
  test.setTimeout(240_000);

  test(`${COUNT} files: progress to the end, every file reported, the page never blocked for 100 ms`, async ({ page, served, request }) => {
    // Long tasks are collected from the first script on, with when the chosen files arrived (change).
    await page.addInitScript(() => {
      const w = window as unknown as Probe;
      w.__longTasks = [];
      w.__changeAt = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration }))).observe({ type: 'longtask', buffered: true });
      document.addEventListener('change', () => w.__changeAt.push(performance.now()), true);
    });
    const dir = syntheticFolder(COUNT);
    try {
      const shell = new AppShell(page);
      const dialog = new ImportPage(page);
      await shell.open(served.url);
      await shell.goTo('来源');
      await dialog.open();
      // Only what happens from the choice on counts.
      await page.evaluate(() => ((window as unknown as Probe).__longTasks = []));
      const t0 = Date.now();
      await dialog.choose('folder', dir);
      await expect(dialog.progressLine()).toContainText(`/ ${SHOWN} 个文件`);
      // Mid-run the page still answers at once.
      await expect(dialog.progressLine()).toContainText(/已处理 [1-9]\d{2} \//, { timeout: 120_000 });
      const ping = Date.now();
      await page.evaluate(() => 1);
      const pingMs = Date.now() - ping;
      await dialog.waitDone(200_000);
      const seconds = (Date.now() - t0) / 1000;

      await expect(dialog.progressLine()).toContainText(`已处理 ${SHOWN} / ${SHOWN} 个文件`);
      await expect(dialog.count('imported')).toHaveText(`已导入 ${SHOWN}`);
      await expect(dialog.count('failed')).toHaveText('失败 0');
      expect((await testApi(request, served.url).sources.list({})).total).toBe(COUNT);
      await shell.screenshot('import-bulk-1000');

      // The task that fires change is the browser's: it builds the FileList, a File per
      // chosen file, before any of our code runs (the app's work starts in a task of its own).
      const probe = await page.evaluate(() => {
        const w = window as unknown as Probe;
        return { tasks: w.__longTasks, changeAt: w.__changeAt };
      });
      // (Long task durations are coarsened: allow a few ms between its end and the event.)
      const isBrowsers = (t: LongTask) => probe.changeAt.some((c) => c >= t.start && c <= t.end + 20);
      const ms = (ts: LongTask[]) => Math.round(Math.max(0, ...ts.map((t) => t.end - t.start)));
      const numbers = {
        files: COUNT,
        seconds: +seconds.toFixed(1),
        filesPerSecond: +(COUNT / seconds).toFixed(1),
        longestAppTaskMs: ms(probe.tasks.filter((t) => !isBrowsers(t))),
        appLongTasks: probe.tasks.filter((t) => !isBrowsers(t)).length,
        browserFileListTaskMs: ms(probe.tasks.filter(isBrowsers)),
        pingMs,
        loadPerCore: +(os.loadavg()[0] / os.cpus().length).toFixed(1),
      };
      console.log('bulk import', JSON.stringify(numbers));
      mkdirSync('e2e/artifacts', { recursive: true });
      writeFileSync(path.join('e2e/artifacts', 'import-bulk.json'), JSON.stringify(numbers, null, 2));
      // Long tasks are wall-clock time: on a shared, overloaded machine the same work is
      // descheduled and stretches, so the 100 ms budget scales with the load per core.
      expect(numbers.longestAppTaskMs).toBeLessThan(100 * Math.max(1, numbers.loadPerCore));
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
