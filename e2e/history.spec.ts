import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';
import { EditorPage } from './pages/editor-page';
import { RecordsPage } from './pages/records-page';

test('an edit keeps the version it replaced: undo from the toast, restore from the history list', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  const plan = await api.records.save({
    record: { kind: 'plan', title: '《洛阳市光电产业链三年行动计划》', dateStart: '2024', dateEnd: '2026', regions: ['洛阳市'], targets: [{ metric: '产业规模', value: 900, unit: '亿元' }] },
  });
  const editor = new EditorPage(page);
  const shell = new AppShell(page);
  const records = new RecordsPage(page);
  await records.open(served.url);
  await records.row(plan.title).dblclick();
  const history = page.getByRole('region', { name: '历史版本' });
  await expect(history).toContainText('还没有更早的版本');

  // First edit, undone from its toast: the title comes back.
  await editor.fill({ title: '改错的标题' });
  await editor.save();
  await page.locator('.toast', { hasText: '已保存' }).getByRole('button', { name: '撤销' }).click();
  await expect(editor.form().getByLabel('标题', { exact: true })).toHaveValue('《洛阳市光电产业链三年行动计划》');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('恢复旧版本');

  // Second edit drops the target; the history says what changed and brings the whole version back.
  await editor.form().locator('.target-card').getByRole('button', { name: /^移除 / }).last().click();
  await editor.fill({ title: '《洛阳市光电产业链三年行动计划（2024—2026年）》' });
  await editor.save();
  await expect(editor.saveState()).toContainText('更新于');
  const newest = history.getByRole('listitem').first();
  await expect(newest).toContainText('编辑');
  await expect(newest).toContainText('改动：标题、目标');
  await expect(newest).toContainText('《洛阳市光电产业链三年行动计划》');
  await shell.screenshot('record-history');
  await newest.getByRole('button', { name: /^恢复此版本/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '恢复此版本' }).click();
  await expect(shell.toast('已恢复')).toBeVisible();
  await expect(editor.form().getByLabel('标题', { exact: true })).toHaveValue('《洛阳市光电产业链三年行动计划》');
  await expect(editor.form().locator('.target-card')).toHaveCount(1);
  await expect(editor.form().locator('.target-card').getByLabel('指标', { exact: true })).toHaveValue('产业规模');
});
