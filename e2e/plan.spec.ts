import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';
import { EditorPage } from './pages/editor-page';
import { RecordsPage } from './pages/records-page';

test('a plan with targets, progress and measures of its own', async ({ page, served, request }) => {
  await testApi(request, served.url).records.save({ record: { kind: 'measure', title: '光电产业高层次人才引进奖励', dateStart: '2024-07', status: 'in-force' } });
  const records = new RecordsPage(page);
  const editor = new EditorPage(page);
  const shell = new AppShell(page);
  await records.open(served.url);

  await records.newRecord('规划');
  await editor.fill({ title: '《洛阳市光电产业链三年行动计划（2024—2026年）》', date: '2024-03', dateEnd: '2026', status: '实施中' });
  await editor.form().getByLabel('主办/发布机关').fill('洛阳市人民政府');
  await editor.form().getByLabel('文号').fill('洛政〔2024〕12号');
  await editor.pickNode('产业链', '光电');
  await editor.pickNode('地区', '洛阳市');
  const scale = await editor.addTarget({ metric: '产业规模', value: '900', unit: '亿元', deadline: '2026' });
  await editor.addProgress(scale, { on: '2024-12', value: '620' });
  await editor.addTarget({ metric: '专精特新“小巨人”企业', value: '180', unit: '家', deadline: '2026-12' });
  await expect(editor.saveState()).toHaveText('有未保存的修改');
  await editor.save();
  await expect(editor.saveState()).toContainText('更新于');

  // A measure created from the plan starts linked to it (part-of) with its chains and regions.
  await page.getByRole('button', { name: '+ 为本规划添加措施' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新建记录' })).toBeVisible();
  await expect(editor.form().locator('.link-list')).toContainText('洛阳市光电产业链三年行动计划');
  await editor.fill({ title: '设立光电产业专项引导基金', date: '2024-05' });
  await editor.form().getByLabel('政策工具类型').selectOption({ index: 1 });
  await editor.form().getByLabel('数额').fill('50');
  await editor.form().getByLabel('单位', { exact: true }).first().fill('亿元');
  await editor.save();
  await expect(editor.saveState()).toContainText('更新于');

  // Back on the plan, the measure is listed under it; targets survived the round trip.
  await editor.form().locator('.link-list a', { hasText: '洛阳市光电产业链三年行动计划' }).click();
  await expect(editor.form().getByLabel('标题', { exact: true })).toHaveValue(/洛阳市光电产业链三年行动计划/);
  await expect(editor.form().locator('.measures')).toContainText('设立光电产业专项引导基金');
  await expect(editor.form().locator('.target-card')).toHaveCount(2);

  // An existing measure can be attached too (the measure is saved with a part-of link).
  await editor.form().getByRole('button', { name: '+ 关联已有措施' }).click();
  await editor.form().locator('.popover-panel').getByRole('searchbox').fill('人才引进');
  await editor.form().locator('.popover-panel').getByRole('button', { name: /光电产业高层次人才引进奖励/ }).click();
  await expect(editor.form().locator('.measures')).toContainText('光电产业高层次人才引进奖励');
  await expect(editor.form().locator('.target-card').first().getByLabel('指标', { exact: true })).toHaveValue('产业规模');
  await shell.screenshot('editor-plan');

  // The dashboard's targets table shows the progress: 620 of 900.
  await shell.goTo('概览');
  const row = page.locator('.targets-table tr', { hasText: '产业规模' });
  await expect(row).toContainText('900 亿元');
  await expect(row).toContainText('69%');
});

test('leaving the editor with unsaved changes asks first', async ({ page, served }) => {
  const records = new RecordsPage(page);
  const editor = new EditorPage(page);
  await records.open(served.url);
  await records.newRecord('会议');
  await editor.fill({ title: '未保存的会议' });
  await new AppShell(page).nav().getByRole('link', { name: '来源' }).click();
  const ask = page.getByRole('dialog', { name: '放弃未保存的修改？' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '继续编辑' }).click();
  await expect(editor.form().getByLabel('标题', { exact: true })).toHaveValue('未保存的会议');
  await new AppShell(page).nav().getByRole('link', { name: '来源' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '放弃修改' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '来源' })).toBeVisible();
});
