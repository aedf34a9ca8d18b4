import { expect, test } from './fixtures';
import { RecordsPage } from './pages/records-page';

test.describe('records screen', () => {
  test.use({ seed: [['demo', '--count', '40']] });

  test('lists records and creates one that the database keeps', async ({ page, served }) => {
    const records = new RecordsPage(page);
    await records.open(served.url);
    await expect(records.rows()).toHaveCount(40);

    await records.create({ title: '全省光电产业链专题会议', date: '2023-06-12', chains: '光电产业链', regions: '洛阳市' });
    await expect(records.rows()).toHaveCount(41);
    const row = records.rows().filter({ hasText: '全省光电产业链专题会议' });
    await expect(row).toContainText('2023-06-12');
    await expect(row).toContainText('光电');
    await expect(row).toContainText('洛阳市');

    // A reload reads from the database, not from the page's memory.
    await page.reload();
    await expect(records.rows().filter({ hasText: '全省光电产业链专题会议' })).toHaveCount(1);
    await page.screenshot({ path: 'e2e/artifacts/records.png', fullPage: false });
  });

  test('an unknown region is refused with a readable message and nothing is saved', async ({ page, served }) => {
    const records = new RecordsPage(page);
    await records.open(served.url);
    await records.create({ title: '火星产业链会议', regions: '火星' });
    await expect(page.getByRole('alert')).toContainText('unknown region: 火星');
    await expect(records.rows()).toHaveCount(40);
  });
});

test('the API refuses calls without the token', async ({ served, request }) => {
  const res = await request.post(new URL('/api/records.list', served.url).href, { data: {}, headers: { 'Content-Type': 'application/json' } });
  expect(res.status()).toBe(401);
});
