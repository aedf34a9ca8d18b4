import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { EditorPage } from './pages/editor-page';
import { testApi } from './pages/api';
import { RecordsPage } from './pages/records-page';

test.describe('records screen', () => {
  test.use({ seed: [['demo', '--count', '40']] });

  test('lists records and creates one that the database keeps', async ({ page, served }) => {
    const records = new RecordsPage(page);
    const editor = new EditorPage(page);
    await records.open(served.url);
    await expect(records.count()).toHaveText('40 条记录');

    await records.newRecord('会议');
    await editor.fill({ title: '全省光电产业链专题会议', date: '2023-06-12' });
    await editor.pickNode('产业链', '光电');
    await editor.pickNode('地区', '洛阳市');
    await editor.save();
    await expect(editor.saveState()).toContainText('更新于');
    await editor.back();

    await expect(records.count()).toHaveText('41 条记录');
    const row = records.row('全省光电产业链专题会议');
    await expect(row).toContainText('2023/06/12');
    await expect(row).toContainText('光电');
    await expect(row).toContainText('洛阳市');

    // A reload reads from the database, not from the page's memory.
    await page.reload();
    await expect(records.row('全省光电产业链专题会议')).toHaveCount(1);
    await new AppShell(page).screenshot('records-created');
  });

  test('a bad date and a missing title are refused with readable messages beside the fields', async ({ page, served }) => {
    const records = new RecordsPage(page);
    const editor = new EditorPage(page);
    await records.open(served.url);
    await records.newRecord('会议');
    await editor.fill({ date: '2023-13' });
    await expect(editor.form().locator('.date-field .field-error').first()).toContainText('YYYY');
    await editor.fill({ date: '2023-06' });
    await editor.save();
    // In the UI's language, naming the field in words: never an English API message or a field id.
    await expect(editor.form().locator('.field-error').first()).toContainText('必填');
    await expect(page.getByRole('alert')).toContainText('标题：必填');
    await editor.fill({ title: '会议', date: '2023-06', dateEnd: '2023-01' });
    await editor.save();
    await expect(page.getByRole('alert')).toContainText('结束（可选）：结束日期早于开始日期');
    await expect(page.getByRole('alert')).not.toContainText('dateEnd');
  });
});

test('the API refuses calls without the token', async ({ served, request }) => {
  const res = await request.post(new URL('/api/records.list', served.url).href, { data: {}, headers: { 'Content-Type': 'application/json' } });
  expect(res.status()).toBe(401);
});

test('the editor’s region picker shows whole names, as the filter bar’s does', async ({ page, served }) => {
  const records = new RecordsPage(page);
  await records.open(served.url);
  await records.newRecord('会议');
  const group = new EditorPage(page).form().getByRole('group', { name: '地区', exact: true });
  await group.getByRole('button', { name: '地区: 选择…' }).click();
  await group.locator('.popover-panel').getByRole('searchbox').fill('洛阳');
  const label = group.locator('.tree-check', { hasText: '洛阳市' }).locator('span').first();
  await expect(label).toHaveText('洛阳市');
  // Not cut: the text fits its box (an ellipsis would make scrollWidth exceed clientWidth).
  expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth && el.clientWidth > 30)).toBe(true);
});

test('records added elsewhere (the command line, another window) show when the window comes back', async ({ page, served, request }) => {
  const records = new RecordsPage(page);
  await records.open(served.url);
  await expect(records.count()).toHaveText('0 条记录');
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  await testApi(request, served.url).records.save({ record: { kind: 'meeting', title: '命令行添加的会议', date: '2024-05-01' } });
  await page.waitForTimeout(1100);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(records.row('命令行添加的会议')).toHaveCount(1);
  await expect(records.count()).toHaveText('1 条记录');
});
