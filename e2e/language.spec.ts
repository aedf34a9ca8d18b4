import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { RecordsPage } from './pages/records-page';

test.describe('language, palette and shortcuts', () => {
  test.use({ seed: [['demo', '--count', '40']] });

  test('switching to English changes labels and date format, and is remembered', async ({ page, served }) => {
    const shell = new AppShell(page);
    const records = new RecordsPage(page);
    await records.open(served.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const firstDate = records.rows().first().locator('.col-date');
    await expect(firstDate).toHaveText(/^\d{4}(\/\d{2}){0,2}/);

    await shell.switchLanguage();
    await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(records.count()).toHaveText('40 records');
    await expect(shell.nav().getByRole('link', { name: 'Dashboard' })).toBeVisible();
    // US English writes month/day/year.
    await expect(firstDate).toHaveText(/^(\d{2}\/){0,2}\d{4}/);
    await shell.screenshot('records-en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Records' })).toBeVisible();
    await shell.switchLanguage();
    await expect(page.getByRole('heading', { level: 1, name: '记录' })).toBeVisible();
  });

  test('Ctrl+K finds a record and opens it; ? lists the shortcuts; g d goes to the dashboard', async ({ page, served }) => {
    const records = new RecordsPage(page);
    await records.open(served.url);
    const title = (await records.rows().first().locator('.col-title').textContent())!;
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: '搜索记录和来源' });
    await palette.getByRole('combobox').fill(title.slice(0, 8));
    await expect(palette.getByRole('option').first()).toContainText(title.slice(0, 8));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '编辑记录' })).toBeVisible();
    await expect(page.locator('section.editor').getByLabel('标题', { exact: true })).toHaveValue(title);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await page.locator('main').focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.press('d');
    await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
  });

  test('the records grid works from the keyboard', async ({ page, served }) => {
    const records = new RecordsPage(page);
    await records.open(served.url);
    await records.grid().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('x');
    await expect(page.getByRole('toolbar', { name: '已选 1 条' })).toBeVisible();
    const third = (await records.rows().nth(2).locator('.col-title').textContent())!;
    await page.keyboard.press('Enter');
    await expect(page.locator('section.editor').getByLabel('标题', { exact: true })).toHaveValue(third);
  });
});
