import { writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import readXlsxFile from 'read-excel-file/node';
import { expect, test } from './fixtures';
import { testApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { ImportPage } from './pages/import-page';
import { RecordsPage } from './pages/records-page';

// A researcher's own Chinese table: columns mapped in the import dialog (one
// the proposal does not know), an error shown by row and column, the valid
// rows imported. Then the records screen downloads what it shows as xlsx.

test('a CSV table is mapped, its bad row named, and its valid rows imported', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  const table = path.join(served.dir, '会议记录.csv');
  writeFileSync(
    table,
    `\uFEFF${[
      '事项,类型,日期,所在城市,备注',
      '洛阳市光电产业链推进会议召开,会议,2024年3月12日,洛阳市,链长出席',
      '郑州市新材料产业链专题会,会议,2024-13,郑州市,',
      '《河南省新材料产业链行动方案》,规划,2024—2026年,河南省,',
    ].join('\r\n')}\r\n`,
  );
  const shell = new AppShell(page);
  const dialog = new ImportPage(page);
  await shell.open(served.url);
  await shell.goTo('来源');
  await dialog.open();
  await dialog.chooseTable(table);
  const step = dialog.tableDialog();
  await expect(step.locator('.bundle-file')).toContainText('会议记录.csv');
  // 事项 and 所在城市 are not names the proposal knows: no title yet, so nothing can be imported.
  await expect(step.getByRole('alert')).toContainText('没有哪一列对应到“标题”');
  await expect(step.getByRole('button', { name: '导入' })).toBeDisabled();
  await step.getByRole('combobox', { name: '“事项”列对应的记录字段' }).selectOption('title');
  await step.getByRole('combobox', { name: '“所在城市”列对应的记录字段' }).selectOption('regions');
  await expect(step.getByRole('alert')).toContainText('第 3 行，“日期”列：“2024-13”不是日期');
  await expect(step.locator('.table-counts')).toHaveText('共 3 行：可导入 2 条，已存在 0 条（不会重复导入），有错误 1 行。');
  await expect(step.locator('.table-rows')).toContainText('洛阳市光电产业链推进会议召开');
  await expect(step.locator('.table-rows')).toContainText('2024 — 2026');
  await expect(step.getByRole('button', { name: '导入' })).toBeDisabled();
  const axe = await new AxeBuilder({ page }).include('.table-import').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await shell.screenshot('table-mapping');

  expect((await api.records.list({})).total, 'nothing written before Import').toBe(0);
  await step.getByRole('checkbox', { name: /只导入无误的行/ }).check();
  await step.getByRole('button', { name: '导入' }).click();
  await expect(step.getByRole('status')).toContainText('已导入 2 条记录。');
  await shell.screenshot('table-imported');
  await step.getByRole('button', { name: '关闭' }).click();
  const titles = (await api.records.list({})).rows.map((r) => r.title).sort();
  expect(titles).toEqual(['《河南省新材料产业链行动方案》', '洛阳市光电产业链推进会议召开']);

  // The same headers again: the mapping chosen is remembered.
  await dialog.open();
  await dialog.chooseTable(table);
  await expect(step.getByText('沿用上次对这组列的对应')).toBeVisible();
  await expect(step.locator('.table-counts')).toHaveText('共 3 行：可导入 2 条，已存在 0 条（不会重复导入），有错误 1 行。');
});

test('the records screen downloads what it shows as an Excel workbook', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  await api.records.save({ record: { kind: 'plan', title: '《洛阳市光电产业链三年行动计划》', dateStart: '2024-03', dateEnd: '2026', regions: ['洛阳市'] } });
  await api.records.save({ record: { kind: 'meeting', title: '全省光电产业链专题会议', dateStart: '2023-06-12', regions: ['河南省'] } });
  await api.records.save({ record: { kind: 'meeting', title: '武汉市光电子信息产业链大会', dateStart: '2024-05-01', regions: ['武汉市'] } });
  const records = new RecordsPage(page);
  await records.open(served.url);
  await records.filterTree('地区', '河南省');
  await expect(records.count()).toHaveText('2 条记录');
  const download = await records.exportAs('Excel');
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const [sheet] = await readXlsxFile(await download.path());
  const [head, ...rows] = sheet.data;
  expect(head).toEqual(['id', 'date_start', 'date_end', 'kind', 'subkind', 'title', 'chains', 'regions', 'status', 'sources']);
  // The screen's order (newest first) and dates at their precision.
  expect(rows.map((r) => [r[1], r[5]])).toEqual([
    ['2024-03', '《洛阳市光电产业链三年行动计划》'],
    ['2023-06-12', '全省光电产业链专题会议'],
  ]);
});

test('the mapping step speaks English in the English UI', async ({ page, served }) => {
  const table = path.join(served.dir, 'meetings.csv');
  writeFileSync(table, ['Subject,kind,date,notes', 'Optoelectronics chain meeting,meeting,2024-06,', 'Bad date,meeting,2024-13,'].join('\r\n'));
  const shell = new AppShell(page);
  const records = new RecordsPage(page);
  await records.open(served.url);
  await shell.switchLanguage();
  await page.getByRole('heading', { level: 1, name: 'Records' }).waitFor();
  await shell.goTo('Sources');
  await page.getByRole('button', { name: 'Import…' }).first().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Import articles' }).getByRole('button', { name: 'Import records from a table (CSV / Excel)…' }).click();
  await (await chooser).setFiles(table);
  const step = page.getByRole('dialog', { name: 'Import records from a table' });
  await expect(step.getByRole('alert')).toContainText('No column is mapped to Title');
  await step.getByRole('combobox', { name: 'Record field for the column Subject' }).selectOption('title');
  await expect(step.getByRole('alert')).toContainText('Row 3, column date: "2024-13" — not a date');
  await expect(step.locator('.table-counts')).toHaveText('2 rows: 1 to import, 0 already here (not imported twice), 1 with errors.');
  const text = await step.innerText();
  expect(text.match(/\p{Script=Han}+/gu) ?? []).toEqual([]);
  await shell.screenshot('table-mapping-en');
});

test('a table dropped on the window opens its mapping step, not the article import', async ({ page, served }) => {
  const shell = new AppShell(page);
  await shell.open(served.url);
  const csv = `\uFEFF标题,类型,日期,地区\r\n郑州市集成电路产业链推进会,会议,2024年5月,郑州市\r\n`;
  const files = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], '拖入的表格.csv', { type: 'text/csv' }));
    return dt;
  }, csv);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: files });
  await page.dispatchEvent('main', 'drop', { dataTransfer: files });
  const step = new ImportPage(page).tableDialog();
  await expect(step.locator('.table-rows')).toContainText('郑州市集成电路产业链推进会');
  await expect(step.getByText('按列名自动对应，可修改')).toBeVisible();
  await expect(step.getByRole('button', { name: '导入' })).toBeEnabled();
});
