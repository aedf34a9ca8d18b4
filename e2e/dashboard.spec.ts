import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';
import { RecordsPage } from './pages/records-page';

test('the dashboard never places a year-only record in a quarter, keeps empty quarters, and titles follow the period', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  await api.records.save({ record: { kind: 'meeting', title: '一季度会议', date: '2023-02-10' } });
  await api.records.save({ record: { kind: 'plan', title: '只知年份的规划', date: '2023' } });
  await api.records.save({ record: { kind: 'measure', title: '四季度措施', date: '2024-11' } });
  await new RecordsPage(page).open(served.url);
  const shell = new AppShell(page);
  await shell.goTo('概览');
  const panel = page.getByRole('region', { name: '每季度记录数（按类型）' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('只知年份的记录不归入任何季度');
  // The numbers behind the chart: the plan is in 2023's year-only bucket, not in 2023-Q1.
  await panel.getByText('图表数据').click();
  const table = panel.getByRole('table');
  await expect(table.getByRole('row', { name: /2023年内未定 规划 1/ })).toHaveCount(1);
  await expect(table.getByRole('row', { name: /2023-Q1 会议 1/ })).toHaveCount(1);
  // Every quarter from the first to the last is on the axis, empty ones too.
  const ticks = panel.locator('.recharts-cartesian-axis-tick-value');
  await expect(ticks.first()).toBeVisible();
  const axis = await ticks.allTextContents();
  for (const q of ['2023-Q1', '2023-Q4', '2024-Q1', '2024-Q4']) expect(axis.join(' ')).toContain(q);
  await shell.screenshot('dashboard-year-only');

  await page.getByLabel('周期').selectOption({ label: '年' });
  await expect(page.getByRole('heading', { name: '每年记录数（按类型）' })).toBeVisible();
  await expect(page.getByText('只知年份的记录不归入任何')).toHaveCount(0);
});
