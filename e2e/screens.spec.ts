import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';

// Every screen, with Chinese demo data: no serious or critical axe violations,
// no CSP violations, and a screenshot in e2e/artifacts/<screen>.png.

async function check(page: Page, name: string) {
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`), `axe on ${name}`).toEqual([]);
  await new AppShell(page).screenshot(name);
}

test.describe('every screen', () => {
  test.use({ seed: [['demo', '--count', '300']] });

  test('is accessible and free of CSP violations, in light and dark themes', async ({ page, served, request }) => {
    test.setTimeout(120_000);
    const csp: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && csp.push(m.text()));
    const api = testApi(request, served.url);
    const shell = new AppShell(page);
    await shell.open(served.url);
    await page.getByRole('grid').locator('[role="row"]:not(.head)').first().waitFor();
    await check(page, 'records');

    const plan = (await api.records.list({ filter: { kinds: ['plan'] }, page: { offset: 0, limit: 1 } })).rows[0];
    await page.goto(`${new URL(served.url).origin}/#/record/${plan.id}`);
    await page.getByRole('heading', { level: 1, name: '编辑记录' }).waitFor();
    await check(page, 'editor');

    const cited = (await api.sources.list({ sort: '-published', page: { offset: 0, limit: 50 } })).rows.find((s) => s.citedBy > 0)!;
    const detail = await api.sources.get({ id: cited.id });
    const c = detail.citations.find((x) => x.start != null)!;
    await page.goto(`${new URL(served.url).origin}/#/sources/${cited.id}?at=${c.start}&end=${c.end}`);
    await page.locator('article.reader mark.target').first().waitFor();
    await check(page, 'sources');

    await shell.goTo('搜索');
    await page.getByRole('searchbox', { name: '搜索记录和来源' }).fill('产业链');
    await page.locator('.hit-list li').first().waitFor();
    await check(page, 'search');

    await shell.goTo('概览');
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await check(page, 'dashboard');

    await shell.goTo('分类');
    await page.locator('.tree-panel .node-btn').first().click();
    await page.locator('.node-panel form').waitFor();
    await check(page, 'taxonomies');

    await shell.goTo('人物与机构');
    await page.locator('.actor-list a').first().click();
    await page.locator('.actor-panel form').waitFor();
    await page.locator('.actor-records li').first().waitFor();
    await check(page, 'actors');
    await page.getByRole('button', { name: '合并到…' }).click();
    await page.locator('dialog.merge-dialog .pick-list li').first().waitFor();
    await check(page, 'actors-merge');
    await page.keyboard.press('Escape');

    await page.goto(`${new URL(served.url).origin}/#/sources/${cited.id}`);
    await page.locator('article.reader').waitFor();
    await page.getByRole('button', { name: '编辑来源信息' }).click();
    await page.getByRole('button', { name: '原始文本' }).click();
    await page.locator('.source-history').waitFor();
    await check(page, 'sources-evidence');

    await shell.goTo('时间线');
    await check(page, 'timeline');

    const victims = (await api.records.list({ page: { offset: 0, limit: 3 } })).rows.map((r) => r.id);
    await api.records.delete({ ids: victims });
    await shell.goTo('回收站');
    await page.locator('.trash-table tbody tr').first().waitFor();
    await check(page, 'trash');

    await shell.goTo('备份');
    await page.locator('.backups-table tbody tr').first().waitFor();
    await check(page, 'backups');

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: '键盘快捷键' }).waitFor();
    await check(page, 'shortcuts');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: '搜索记录和来源' }).getByRole('combobox').fill('光电');
    await page.getByRole('option').nth(3).waitFor();
    await check(page, 'palette');
    await page.keyboard.press('Escape');

    await shell.nav().getByLabel('主题').selectOption('dark');
    await shell.goTo('记录');
    await page.getByRole('grid').locator('[role="row"]:not(.head)').first().waitFor();
    await check(page, 'records-dark');
    await shell.goTo('概览');
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await check(page, 'dashboard-dark');
    await page.goto(`${new URL(served.url).origin}/#/sources/${cited.id}?at=${c.start}&end=${c.end}`);
    await page.locator('article.reader mark.target').first().waitFor();
    await check(page, 'sources-dark');

    expect(csp).toEqual([]);
  });
});

test('an empty database says what to do, and one click loads the demo data', async ({ page, served }) => {
  const shell = new AppShell(page);
  await shell.open(served.url);
  const empty = page.locator('.empty-state');
  await expect(empty).toContainText('还没有数据');
  await check(page, 'records-empty');
  await empty.getByRole('button', { name: '载入示例数据' }).click();
  await expect(page.getByRole('grid').locator('[role="row"]:not(.head)').first()).toBeVisible({ timeout: 30_000 });
  await expect(shell.toast(/已载入 \d+ 条记录/)).toBeVisible();
});
