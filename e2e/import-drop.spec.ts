import { expect, test } from './fixtures';
import { MEETING_ARTICLE, syntheticArticle } from './import-articles';
import { AppShell } from './pages/app-shell';
import { ImportPage } from './pages/import-page';

test.describe('import from anywhere in the window', () => {
  test('the I key opens the dialog; files dropped on any screen are imported', async ({ page, served }) => {
    const shell = new AppShell(page);
    const dialog = new ImportPage(page);
    await shell.open(served.url);
    await shell.goTo('记录');

    await page.keyboard.press('i');
    await expect(dialog.dialog()).toBeVisible();
    await expect(dialog.dialog().getByRole('button', { name: '选择文件夹…' })).toBeVisible();
    await shell.screenshot('import-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog.dialog()).toBeHidden();

    // A drag from the desktop: the whole window shows it will take the drop.
    const files = await page.evaluateHandle(
      ([a, b]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([a], '新材料会议.txt', { type: 'text/plain' }));
        dt.items.add(new File([b], '推进会.txt', { type: 'text/plain' }));
        return dt;
      },
      [MEETING_ARTICLE, syntheticArticle(7)],
    );
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: files });
    await expect(page.getByRole('status').filter({ hasText: '松开即可导入' })).toBeVisible();
    await shell.screenshot('import-drop-overlay');
    await page.dispatchEvent('main', 'drop', { dataTransfer: files });
    await expect(page.getByRole('status').filter({ hasText: '松开即可导入' })).toBeHidden();

    await dialog.waitDone();
    await expect(dialog.count('imported')).toHaveText('已导入 2');
    await expect(dialog.row('新材料会议.txt').getByRole('cell').nth(3)).toHaveText('全省新材料产业链专题会议召开 王建华讲话 刘志强参加');

    // The import strings follow the language switch like the rest of the app.
    await dialog.close();
    await shell.switchLanguage();
    await page.keyboard.press('i');
    const en = page.getByRole('dialog', { name: 'Import articles' });
    await expect(en.locator('.import-count.imported')).toHaveText('Imported 2');
    await expect(en.getByRole('radiogroup', { name: 'Show' })).toContainText('Failures only (0)');
  });
});
