import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { MEETING_ARTICLE } from './import-articles';
import { testApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { SourcesPage } from './pages/sources-page';

const CRUMB = '首页 > 新闻 > 河南要闻';
const MOVED = '洛阳钼业、中铝郑州研究院、郑州大学等单位作了发言。';

test('a source is editable evidence: details corrected with reasons and history, the original beside it, cleaned again without losing citations', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  const imported = await api.imports.text({ text: MEETING_ARTICLE });
  const id = imported.sourceId!;
  const clean = (await api.sources.get({ id })).body;
  expect(clean).not.toContain(CRUMB);
  // As an older cleaning left it: the menu crumbs still at the top of the body, and cited.
  const db = new Database(served.dbPath);
  db.pragma('busy_timeout = 5000');
  db.prepare('UPDATE sources SET body = ? WHERE id = ?').run(`${CRUMB}\n\n${clean}`, id);
  db.close();
  const record = await api.records.save({ record: { kind: 'meeting', title: '全省新材料产业链专题会议', dateStart: '2024-09-23' } });
  await api.citations.add({ recordId: record.id, sourceId: id, quote: MOVED });
  await api.citations.add({ recordId: record.id, sourceId: id, quote: CRUMB });

  const shell = new AppShell(page);
  const sources = new SourcesPage(page);
  await shell.open(served.url);
  await page.goto(`${new URL(served.url).origin}/#/sources/${id}`);
  await sources.reader().waitFor();
  const reader = sources.reader();

  // Edit the details: a bad address and an impossible time are refused with a reason, in words.
  await reader.getByRole('button', { name: '编辑来源信息' }).click();
  const form = reader.getByRole('form', { name: '编辑来源信息' });
  await form.getByLabel('原文链接').fill('www.hnrb');
  await form.getByLabel('发布时间').fill('2024-09-31 10:30');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.locator('.field-error')).toHaveText(['原文链接：不是有效的网址：请以 http:// 或 https:// 开头']);
  await form.getByLabel('原文链接').fill('https://www.henan.gov.cn/2024/09-24/3066501.html');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.locator('.field-error')).toHaveText([/^发布时间：不是有效的时间/]);
  await form.getByLabel('发布时间').fill('2024-09-24 10:30');
  await form.getByLabel('媒体/网站').fill('河南省人民政府网');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
  await expect(reader.locator('.reader-meta')).toContainText('河南省人民政府网');
  const history = page.locator('.source-history');
  await expect(history.locator('li').first()).toContainText('河南日报');
  await expect(history.locator('li').first()).toContainText('河南省人民政府网');

  // The original stays viewable beside the cleaned text.
  await reader.getByRole('button', { name: '原始文本' }).click();
  await expect(reader.locator('pre.reader-original')).toContainText('版权所有 河南日报社');
  await shell.screenshot('source-original');
  await reader.getByRole('button', { name: '清理后正文' }).click();

  // Clean again: the moved quote is found again, the vanished one is kept and listed.
  await reader.getByRole('button', { name: '重新清理' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '重新清理' }).click();
  await expect(shell.toast('已重新清理：1 条引文已重新定位，1 条未找到')).toBeVisible();
  await expect(reader.locator('.reader-body')).not.toContainText(CRUMB);
  await expect(sources.citedMarks().filter({ hasText: MOVED })).toHaveCount(1);
  const check = page.locator('.unanchored');
  await expect(check.locator('li')).toHaveText([new RegExp(`${CRUMB}.*全省新材料产业链专题会议`)]);
  await expect(history.locator('li').first()).toContainText('重新清理');
  await shell.screenshot('source-recleaned');
  const c = (await api.records.get({ id: record.id })).citations;
  expect(c.map((x) => x.quote).sort()).toEqual([CRUMB, MOVED].sort());

  // The same in English.
  await shell.switchLanguage();
  await expect(reader.getByRole('button', { name: 'Clean again' })).toBeVisible();
  await expect(page.locator('.unanchored h2')).toHaveText('Citations to check');
  await shell.screenshot('source-recleaned-en');
});
