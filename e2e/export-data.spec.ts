import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { testApi } from './pages/api';
import { RecordsPage } from './pages/records-page';

test('the records screen exports the filtered records as CSV and JSON downloads in browser mode', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  for (const [title, region] of [
    ['洛阳市光电产业链专题会议', '洛阳市'],
    ['郑州市新能源汽车产业链推进会', '郑州市'],
    ['武汉市光电子信息产业链大会', '武汉市'],
  ])
    await api.records.save({ record: { kind: 'meeting', title, dateStart: '2024-03-01', regions: [region] } });

  const records = new RecordsPage(page);
  await records.open(served.url);
  await records.filterTree('地区', '河南省');
  await expect(records.count()).toHaveText('2 条记录');

  const csv = await records.exportAs('CSV');
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync(await csv.path(), 'utf8');
  // A byte order mark first, so spreadsheet software reads the Chinese as UTF-8.
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(text).toContain('洛阳市光电产业链专题会议');
  expect(text).toContain('郑州市新能源汽车产业链推进会');
  expect(text).not.toContain('武汉市');
  await expect(page.getByRole('status').filter({ hasText: /已导出 2 条记录/ })).toBeVisible();

  const json = await records.exportAs('JSON');
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const doc = JSON.parse(readFileSync(await json.path(), 'utf8')) as { records: { title: string }[]; total: number };
  expect(doc.total).toBe(2);
  expect(doc.records.map((r) => r.title).sort()).toEqual(['洛阳市光电产业链专题会议', '郑州市新能源汽车产业链推进会']);
});
