import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { testApi } from './pages/api';
import { TimelinePage } from './pages/timeline-page';

test.describe('timeline with demo data', () => {
  test.use({ seed: [['demo', '--count', '300']] });

  test('renders lanes, zooms from years down to days, and lanes open and close', async ({ page, served }) => {
    const tl = new TimelinePage(page);
    await tl.open(served.url);
    expect(await tl.lanes().count()).toBeGreaterThan(3);
    await expect(tl.axis()).toHaveAttribute('data-unit', 'year');
    await expect(tl.axis()).toContainText('2020年');
    await page.screenshot({ path: 'e2e/artifacts/timeline.png' });

    // Buttons zoom in steps; the axis moves to quarters, months and finally days.
    const units = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await tl.zoomIn();
      await page.waitForFunction(() => !document.querySelector('.tl-axis')?.getAttribute('data-unit')?.startsWith('x'));
      units.add((await tl.axisUnit()) ?? '');
    }
    expect([...units]).toEqual(expect.arrayContaining(['quarter', 'month', 'day']));
    await expect(tl.axis()).toContainText('日');

    // The wheel zooms out again about the pointer.
    const box = (await tl.canvas().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 400);
    await expect(tl.axis()).toHaveAttribute('data-unit', 'year');

    // A parent lane opens to show its children (nested lanes) and closes again.
    const before = await tl.lanes().count();
    const twisty = page.locator('.tl-twisty').first();
    await twisty.click();
    await expect(twisty).toHaveAttribute('aria-expanded', 'true');
    expect(await tl.lanes().count()).toBeGreaterThan(before);
    await twisty.click();
    await expect(tl.lanes()).toHaveCount(before);

    // Lanes by kind: the three record kinds (switched while the pointer rests on a record: nothing stale survives).
    const { width } = await tl.canvasSize();
    const y = await tl.rowY((await page.locator('.tl-lane-name').first().textContent())!);
    for (let x = 20; x < width && !(await page.getByRole('tooltip').isVisible()); x += 15) await tl.canvas().hover({ position: { x, y } });
    await expect(page.getByRole('tooltip')).toBeVisible();
    await tl.setLanes('类型');
    await expect(tl.lanes()).toHaveCount(3);
    await expect(tl.lane('会议/活动')).toHaveCount(1);
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await expect(page.getByRole('heading', { name: '时间线' })).toBeVisible();
  });
});

test.describe('returning from a record', () => {
  test.use({ seed: [['demo', '--count', '80']] });

  test('the timeline keeps its window and open lanes, by Back and by the editor’s back button', async ({ page, served }) => {
    const tl = new TimelinePage(page);
    await tl.open(served.url);
    // The text list first: it takes room from the plot, so fewer lane labels are drawn (they are virtualised).
    await page.getByRole('button', { name: '文字列表' }).click();
    const twisty = page.locator('.tl-twisty').first();
    await twisty.click();
    await expect(twisty).toHaveAttribute('aria-expanded', 'true');
    const lanes = await tl.lanes().count();
    await tl.zoomIn(2);
    await tl.settled();
    const window = await tl.window();
    const openFirstListed = async () => {
      await page.locator('.tl-list button.link-btn').first().click();
      await expect(page).toHaveURL(/#\/record\//);
    };
    // The same window, to the day: the axis rounds the window's fractional ends to whole days.
    const sameWindow = async () => {
      const now = await tl.window();
      expect(Math.abs(now.from - window.from)).toBeLessThanOrEqual(1);
      expect(Math.abs(now.to - window.to)).toBeLessThanOrEqual(1);
    };
    await openFirstListed();
    await page.goBack();
    await tl.painted();
    await sameWindow();
    await expect(tl.lanes()).toHaveCount(lanes);
    await openFirstListed();
    await page.getByRole('button', { name: '← 时间线' }).click();
    await tl.painted();
    await sameWindow();
    await expect(page.locator('.tl-twisty').first()).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('saved views and shared links', () => {
  test.use({ seed: [['demo', '--count', '120']] });

  test('a saved view brings back lanes and window; a copied link opens on the same view', async ({ page, served, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tl = new TimelinePage(page);
    await tl.open(served.url);
    await tl.setLanes('类型');
    await tl.zoomIn(6);
    await expect(tl.axis()).toHaveAttribute('data-unit', 'month');
    await tl.settled();
    const saved = await tl.window();
    const sameWindow = async () => {
      // The restored window is applied after the lanes change: read it once the view has come to rest.
      await tl.settled();
      const w = await tl.window();
      // Views store whole days, so a restored window may differ by a day at either end.
      expect(Math.abs(w.from - saved.from)).toBeLessThanOrEqual(1);
      expect(Math.abs(w.to - saved.to)).toBeLessThanOrEqual(1);
    };

    await page.getByText('已存视图').click();
    await page.getByLabel('视图名称').fill('按类型·月');
    await page.getByRole('button', { name: '保存视图' }).click();
    await expect(page.getByRole('button', { name: '按类型·月', exact: true })).toBeVisible();

    // Change everything, then apply the saved view.
    await tl.setLanes('产业链');
    await page.getByRole('button', { name: '全部时间', exact: true }).click();
    await expect(tl.axis()).toHaveAttribute('data-unit', 'year');
    await page.getByRole('button', { name: '按类型·月', exact: true }).click();
    await expect(tl.lanes()).toHaveCount(3);
    await expect(tl.axis()).toHaveAttribute('data-unit', 'month');
    await sameWindow();

    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#\/timeline\?view=[\w-]+$/);

    // Elsewhere in the app, then the link (same tab: browser mode keeps its token per tab).
    await tl.setLanes('地区');
    await page.goto(link);
    await tl.painted();
    await expect(tl.lanes()).toHaveCount(3);
    await expect(tl.axis()).toHaveAttribute('data-unit', 'month');
    await sameWindow();
    await expect(page).toHaveURL(/#\/timeline$/);
  });
});

test.describe('timeline with a small known dataset', () => {
  test('click opens a record; arrow keys move between records and are announced; a measure shows its plan', async ({ page, served, request }) => {
    const api = testApi(request, served.url);
    const planId = randomUUID();
    await api.records.save({
      record: { id: planId, kind: 'plan', title: '《测试市光电产业发展规划(2020—2022年)》', dateStart: '2020', dateEnd: '2022', chains: ['光电产业链'], status: 'in-force' },
    });
    await api.records.save({ record: { kind: 'meeting', subkind: 'chain-meeting', title: '测试市光电产业链专题会议', date: '2021-03-15', chains: ['光电产业链'] } });
    await api.records.save({ record: { kind: 'meeting', title: '测试市光电产业推进会', date: '2021-09-02', chains: ['光电产业链'] } });
    await api.records.save({
      record: { kind: 'measure', title: '光电企业技术改造专项资金', dateStart: '2021-06', chains: ['光电产业链'], links: [{ relation: 'part-of', toId: planId }] },
    });

    const tl = new TimelinePage(page);
    await tl.open(served.url);
    // The chain's cluster is the only root, so it starts open: cluster and chain.
    await expect(tl.lanes()).toHaveCount(2);

    // Keyboard: focus the chart and walk through the records in date order.
    await tl.canvas().focus();
    await page.keyboard.press('ArrowRight');
    await expect(tl.live()).not.toBeEmpty();
    await page.keyboard.press('Home');
    await expect(tl.live()).toContainText('测试市光电产业发展规划');
    await expect(tl.live()).toContainText('规划/计划');
    await expect(tl.live()).toContainText('第 1/4 条');
    await page.keyboard.press('ArrowRight');
    await expect(tl.live()).toContainText('测试市光电产业链专题会议');
    await expect(tl.live()).toContainText('2021年3月15日');
    await page.keyboard.press('ArrowRight');
    await expect(tl.live()).toContainText('光电企业技术改造专项资金');
    await expect(tl.live()).toContainText('仅知月份');
    await expect(tl.live()).toContainText('所属规划：《测试市光电产业发展规划');
    await page.screenshot({ path: 'e2e/artifacts/timeline-focus.png' });

    // The text alternative lists the same records.
    await page.getByRole('button', { name: '文字列表' }).click();
    await expect(page.getByRole('region', { name: '当前窗口中的记录' }).getByRole('listitem')).toHaveCount(4);

    // Hover shows a summary; click opens the record (the plan's bar fills the first row's middle).
    const { width } = await tl.canvasSize();
    const y = await tl.rowY('光电');
    await page.mouse.move(0, 0);
    await tl.canvas().hover({ position: { x: width / 2, y } });
    await expect(page.getByRole('tooltip')).toContainText('测试市光电产业发展规划');
    await tl.clickAt(width / 2, y);
    await expect(page).toHaveURL(new RegExp(`#/record/${planId}`));
  });
});
