import { expect, test } from './fixtures';
import { MEETING_ARTICLE, MEETING_SENTENCE } from './import-articles';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';
import { EditorPage } from './pages/editor-page';
import { ImportPage } from './pages/import-page';
import { RecordsPage } from './pages/records-page';
import { SourcesPage } from './pages/sources-page';

test.describe('from an imported article to a record citing its sentence', () => {
  test.use({ seed: [['demo', '--count', '40']] });

  test('suggestions highlight their words; one becomes a draft meeting that is saved citing the sentence', async ({ page, served, request }) => {
    const shell = new AppShell(page);
    const dialog = new ImportPage(page);
    const sources = new SourcesPage(page);
    await shell.open(served.url);
    await shell.goTo('来源');
    await dialog.open();
    await dialog.paste(MEETING_ARTICLE);
    await expect(dialog.dialog()).toBeHidden();
    await expect(sources.reader().getByRole('heading', { level: 2 })).toHaveText('全省新材料产业链专题会议召开 王建华讲话 刘志强参加');

    const panel = page.locator('section.suggestions');
    await expect(panel.getByRole('heading', { name: '导入建议' })).toBeVisible();
    await expect(panel.getByRole('region', { name: /规划 \/ 文件/ })).toContainText('豫政〔2024〕12号');
    await expect(panel.getByRole('region', { name: /人物/ })).toContainText('省委常委、常务副省长、省新材料产业链链长');

    // A click marks the words in the text.
    const meetingKind = panel.getByRole('region', { name: /会议类型/ });
    await meetingKind.getByRole('button', { name: /产业链专题会议/ }).click();
    await expect(sources.reader().locator('mark.target')).toHaveText('专题会议');
    await expect(meetingKind.getByRole('button', { name: /产业链专题会议/ })).toHaveAttribute('aria-pressed', 'true');
    await panel.getByRole('region', { name: /^地区/ }).getByRole('button', { name: /洛阳市/ }).click();
    // The region's first mention in the text may be a short form (洛阳 in 洛阳钼业): that is what gets marked.
    await expect(sources.reader().locator('mark.target')).toHaveText('洛阳');
    await expect(sources.reader().locator('mark.target')).toBeInViewport();
    await meetingKind.getByRole('button', { name: /产业链专题会议/ }).click();
    await shell.screenshot('import-suggestions');

    // The draft: the people named are not actors yet, so a confirm step offers to create them.
    await meetingKind.getByRole('button', { name: '新建会议记录' }).click();
    const people = page.getByRole('dialog', { name: '新增人物' });
    await expect(people.getByRole('checkbox')).toHaveCount(2);
    await expect(people).toContainText('王建华');
    await shell.screenshot('import-new-people');
    await people.getByRole('button', { name: '新建并打开草稿' }).click();

    const editor = new EditorPage(page);
    await expect(page.getByRole('heading', { level: 1, name: '新建记录' })).toBeVisible();
    await expect(editor.form().getByLabel('标题', { exact: true })).toHaveValue('全省新材料产业链专题会议召开 王建华讲话 刘志强参加');
    await expect(editor.form().locator('.citation-list blockquote')).toHaveText(MEETING_SENTENCE);
    await expect(editor.form().locator('.mini-table')).toContainText('王建华');
    await expect(editor.saveState()).toHaveText('有未保存的修改');
    await shell.screenshot('import-draft-editor');
    await editor.save();
    await expect(editor.saveState()).toContainText('更新于');

    // Back to the source it was drafted from; then in the records table, citing the sentence.
    const records = new RecordsPage(page);
    await editor.back();
    await expect(page.getByRole('heading', { level: 1, name: '来源' })).toBeVisible();
    await shell.goTo('记录');
    await records.filterText('王建华讲话');
    await expect(records.rows()).toHaveCount(1);
    const row = records.row('全省新材料产业链专题会议召开');
    await expect(row.locator('.col-sources')).toHaveText('1');
    await shell.screenshot('import-record-saved');

    const api = testApi(request, served.url);
    const id = (await api.records.list({ filter: { text: '新材料产业链专题会议' } })).rows[0].id;
    const saved = await api.records.get({ id });
    expect(saved.kind).toBe('meeting');
    expect(saved.subkind).toBe('chain-meeting');
    expect(saved.dateStart).toBe('2024-09-23');
    expect(saved.citations[0].quote).toBe(MEETING_SENTENCE);
    const body = (await api.sources.get({ id: saved.citations[0].sourceId })).body;
    expect(body.slice(saved.citations[0].start!, saved.citations[0].end!)).toBe(MEETING_SENTENCE);
    expect(saved.actors.map((a) => [a.name, a.role])).toContainEqual(['王建华', 'chain-chief']);
  });
});

test.describe('a plan from its 《》 title', () => {
  test('New plan on a plan suggestion drafts the plan with its 文号 and targets, without creating people', async ({ page, served, request }) => {
    const api = testApi(request, served.url);
    const imported = await api.imports.text({ text: MEETING_ARTICLE });
    const shell = new AppShell(page);
    await shell.open(served.url);
    await page.goto(`${new URL(served.url).origin}/#/sources/${imported.sourceId}`);
    const plans = page.locator('section.suggestions').getByRole('region', { name: /规划 \/ 文件/ });
    await plans.getByRole('button', { name: '新建规划' }).click();
    await page.getByRole('dialog', { name: '新增人物' }).getByRole('button', { name: '不新建，直接打开草稿' }).click();

    const editor = new EditorPage(page);
    await expect(editor.form().getByLabel('标题', { exact: true })).toHaveValue('《河南省新材料产业链三年行动计划（2024—2026年）》');
    await expect(editor.form().getByLabel('文号')).toHaveValue('豫政〔2024〕12号');
    await expect(editor.form().locator('.target-card')).toHaveCount(2);
    await expect(editor.form().locator('.citation-list blockquote')).toContainText('豫政〔2024〕12号');
    await expect(editor.form().locator('.mini-table')).toHaveCount(0);
    expect(await api.actors.list({ text: '王建华' })).toEqual([]);
  });
});
