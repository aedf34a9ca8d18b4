import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { syntheticFolder } from './import-articles';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';
import { ImportPage } from './pages/import-page';
import { SourcesPage } from './pages/sources-page';
import { repo } from './server';

const FIXTURES = path.join(repo, 'import', 'fixtures', 'files');

test.describe('importing articles through the UI', () => {
  test('the fixture folder: the same article in every encoding and form is stored once per distinct text', async ({ page, served }) => {
    const shell = new AppShell(page);
    const dialog = new ImportPage(page);
    await shell.open(served.url);
    await shell.goTo('来源');
    await dialog.open();
    await dialog.choose('folder', FIXTURES);
    await dialog.waitDone();

    await expect(dialog.count('imported')).toHaveText('已导入 2');
    await expect(dialog.count('duplicate')).toHaveText('重复 13');
    await expect(dialog.count('failed')).toHaveText('失败 0');
    await expect(dialog.progressLine()).toContainText('已处理 15 / 15 个文件');
    await expect(dialog.row('files/page-gbk.html').getByRole('cell').nth(1)).toHaveText('重复');
    await expect(dialog.row('files/article.docx').getByRole('cell').nth(1)).toHaveText('已导入');
    await shell.screenshot('import-report-fixtures');

    // A title in the report opens that source.
    await dialog.row('files/article.docx').getByRole('link').click();
    await expect(dialog.dialog()).toBeHidden();
    const sources = new SourcesPage(page);
    await expect(sources.reader().getByRole('heading', { level: 2 })).toHaveText('全省新能源汽车产业链推进会召开 张明远讲话 李卫国参加');
    await expect(sources.list().getByRole('link')).toHaveCount(2);
  });

  test('a garbage file is reported failed with its reason while the others import', async ({ page, served }) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chainline-garbage-'));
    try {
      const garbage = path.join(dir, 'broken.pdf');
      writeFileSync(garbage, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
      const shell = new AppShell(page);
      const dialog = new ImportPage(page);
      await shell.open(served.url);
      await shell.goTo('来源');
      await dialog.open();
      await dialog.choose('files', [garbage, path.join(FIXTURES, 'article.md'), path.join(FIXTURES, 'ascii.txt')]);
      await dialog.waitDone();

      await expect(dialog.count('imported')).toHaveText('已导入 2');
      await expect(dialog.count('failed')).toHaveText('失败 1');
      await dialog.showOnly('仅失败');
      await expect(dialog.rows()).toHaveCount(1);
      const row = dialog.row('broken.pdf');
      await expect(row.getByRole('cell').nth(1)).toHaveText('失败');
      await expect(row.getByRole('cell').nth(2)).toHaveText(/^corrupt: .+/);
      await shell.screenshot('import-report-failed');
      await dialog.showOnly('全部');
      await expect(dialog.rows()).toHaveCount(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('cancel stops after the current batch; what was imported stays and the counts say so', async ({ page, served, request }) => {
    const dir = syntheticFolder(300);
    try {
      const shell = new AppShell(page);
      const dialog = new ImportPage(page);
      await shell.open(served.url);
      await shell.goTo('来源');
      // A slow back end (each batch takes a while) so Cancel lands mid-run on any machine.
      await page.route('**/api/imports.files', async (route) => {
        await new Promise((r) => setTimeout(r, 300));
        await route.continue();
      });
      await dialog.open();
      await dialog.choose('folder', dir);
      // The first batch also waits for the backup taken before a large import and the parse worker's start.
      await expect(dialog.progressLine()).toContainText(/已处理 (2[5-9]|[3-9]\d|1\d\d) \/ 300 个文件/, { timeout: 20_000 });
      await dialog.cancel();
      await dialog.waitDone();

      await expect(dialog.note()).toContainText('已取消');
      const done = Number(/已处理 (\d+) \/ 300/.exec((await dialog.progressLine().textContent()) ?? '')![1]);
      expect(done).toBeGreaterThanOrEqual(25);
      expect(done).toBeLessThan(300);
      await expect(dialog.count('imported')).toHaveText(`已导入 ${done}`);
      await expect(dialog.note()).toContainText(`已经导入的 ${done} 篇保留在资料库中；其余 ${300 - done} 个文件没有导入`);
      await shell.screenshot('import-cancelled');
      // The report names files by their path inside the chosen folder; hidden files and pictures were never sent.
      await expect(dialog.rows().first().locator('.import-file')).toHaveText(/^新闻稿\/(一月|二月)\/article-\d{4}\.txt$/);
      expect((await testApi(request, served.url).sources.list({})).total).toBe(done);
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});
