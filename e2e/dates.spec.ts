import { expect, test } from './fixtures';
import { testApi } from './pages/api';
import { EditorPage } from './pages/editor-page';
import { RecordsPage } from './pages/records-page';

test('dates are typed as researchers write them: the form reads them back, a range splits, the filter takes them too', async ({ page, served, request }) => {
  // Through the API too: the contract reads the written form wherever it comes from.
  await testApi(request, served.url).records.save({ record: { kind: 'meeting', title: '2023年的专题会议', date: '2023年10月20日' } });
  const records = new RecordsPage(page);
  const editor = new EditorPage(page);
  await records.open(served.url);
  await records.newRecord('规划');
  await editor.fill({ title: '《洛阳市光电产业链三年行动计划（2024—2026年）》', date: '2024—2026年' });
  const start = editor.form().getByLabel('开始');
  await expect(editor.form().locator('.date-field').first()).toContainText('范围：2024年 至 2026年');
  await start.blur();
  await expect(start).toHaveValue('2024');
  await expect(editor.form().getByLabel('结束（可选）')).toHaveValue('2026');
  const issued = editor.form().getByLabel('发布日期');
  await issued.fill('二〇二四年三月五日');
  await expect(editor.form().locator('.date-field').nth(2)).toContainText('2024年3月5日 · 精度：日');
  await editor.save();
  await expect(editor.saveState()).toContainText('更新于');
  await expect(issued).toHaveValue('2024-03-05');

  await editor.back();
  await expect(records.count()).toHaveText('2 条记录');
  const from = records.filters().getByLabel('起');
  await from.fill('2024.1');
  await expect(records.count()).toHaveText('1 条记录');
  await expect(from).toHaveValue('2024.1');
  await from.fill('2023年10月');
  await expect(records.count()).toHaveText('2 条记录');
  await from.fill('2023年13月');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
});
