import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';
import { RecordsPage } from './pages/records-page';
import { TrashPage } from './pages/trash-page';

test('filtering by a province shows its cities’ records, and the filter survives a restart', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  for (const [title, region] of [
    ['洛阳市光电产业链专题会议', '洛阳市'],
    ['郑州市新能源汽车产业链推进会', '郑州市'],
    ['河南省制造业高质量发展工作会议', '河南省'],
    ['武汉市光电子信息产业链大会', '武汉市'],
    ['全国工业和信息化工作会议', '全国'],
  ])
    await api.records.save({ record: { kind: 'meeting', title, dateStart: '2024-03-01', regions: [region] } });

  const records = new RecordsPage(page);
  await records.open(served.url);
  await expect(records.count()).toHaveText('5 条记录');
  await records.filterTree('地区', '河南省');
  await expect(records.count()).toHaveText('3 条记录');
  await expect(records.rows()).toHaveCount(3);
  for (const t of ['洛阳市光电产业链专题会议', '郑州市新能源汽车产业链推进会', '河南省制造业高质量发展工作会议']) await expect(records.row(t)).toHaveCount(1);
  await expect(records.row('武汉市光电子信息产业链大会')).toHaveCount(0);

  // Text narrows further while typing (debounced), on top of the region.
  await records.filterText('光电');
  await expect(records.count()).toHaveText('1 条记录');

  // Filters are kept across restarts.
  await page.reload();
  await expect(records.count()).toHaveText('1 条记录');
  await expect(records.filters().getByRole('group', { name: '地区', exact: true })).toContainText('河南省');
  await records.filters().getByRole('button', { name: '清除全部筛选' }).click();
  await expect(records.count()).toHaveText('5 条记录');
});

test('bulk tag, delete with undo, and restore from the trash', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  for (const title of ['甲市产业链会议', '乙市产业链会议', '丙市产业链会议'])
    await api.records.save({ record: { kind: 'meeting', title, dateStart: '2024-05' } });
  const records = new RecordsPage(page);
  const shell = new AppShell(page);
  await records.open(served.url);

  await records.select('甲市产业链会议');
  await records.select('乙市产业链会议');
  const bulk = page.getByRole('toolbar', { name: '已选 2 条' });
  await bulk.getByPlaceholder('标签名').fill('专精特新');
  await bulk.getByRole('button', { name: '加标签' }).click();
  await expect(shell.toast('已更新 2 条记录的标签')).toBeVisible();
  const tagBox = records.filters().getByRole('group', { name: '标签', exact: true }).locator('input');
  await tagBox.fill('专精特新');
  await tagBox.press('Enter');
  await expect(records.count()).toHaveText('2 条记录');
  await records.filters().getByRole('button', { name: '清除全部筛选' }).click();

  // Delete two, undo from the toast: both come back.
  await records.select('甲市产业链会议');
  await records.select('乙市产业链会议');
  await page.getByRole('toolbar', { name: '已选 2 条' }).getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(records.count()).toHaveText('1 条记录');
  await page.locator('.toast', { hasText: '已删除 2 条记录' }).getByRole('button', { name: '撤销' }).click();
  await expect(records.count()).toHaveText('3 条记录');

  // Delete with the keyboard, then restore from the trash screen.
  await records.row('丙市产业链会议').click();
  await page.keyboard.press('Delete');
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(records.count()).toHaveText('2 条记录');
  await shell.goTo('回收站');
  const trash = new TrashPage(page);
  await expect(trash.row('丙市产业链会议')).toBeVisible();
  await shell.screenshot('trash-record');
  await trash.restore('丙市产业链会议');
  await expect(trash.row('丙市产业链会议')).toHaveCount(0);
  await shell.goTo('记录');
  await expect(records.row('丙市产业链会议')).toHaveCount(1);
});
