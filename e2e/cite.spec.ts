import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';
import { EditorPage } from './pages/editor-page';
import { SourcesPage } from './pages/sources-page';

test.describe('citing a source sentence', () => {
  test.use({ seed: [['demo', '--count', '40']] });

  test('select a sentence, cite it in a record, follow the citation back to the passage', async ({ page, served, request }) => {
    const api = testApi(request, served.url);
    const record = await api.records.save({ record: { kind: 'meeting', title: '洛阳市光电产业链链长工作会议', dateStart: '2024-06-12', regions: ['洛阳市'] } });
    const shell = new AppShell(page);
    const sources = new SourcesPage(page);
    await shell.open(served.url);
    await shell.goTo('来源');
    await sources.openNth(0);

    const source = (await api.sources.list({ page: { offset: 0, limit: 1 } })).rows[0];
    const body = (await api.sources.get({ id: source.id })).body;
    // The second paragraph's first sentence: a passage away from offset 0, so the offsets are really checked.
    const para = body.split('\n').filter((l) => l.trim())[1];
    const sentence = para.slice(0, para.search(/[。；]/) + 1);
    await sources.selectText(sentence);
    await sources.citeSelectionIn('洛阳市光电产业链链长工作会议');
    await expect(shell.toast('已引用到')).toBeVisible();
    await expect(sources.citedMarks().filter({ hasText: sentence })).toHaveCount(1);
    await expect(sources.citingRecords().filter({ hasText: '洛阳市光电产业链链长工作会议' })).toBeVisible();

    // Stored with exact offsets into the body.
    const saved = (await api.records.get({ id: record.id })).citations[0];
    expect(saved.quote).toBe(sentence);
    expect(body.slice(saved.start!, saved.end!)).toBe(sentence);
    await shell.screenshot('sources-cited');

    // The record lists the citation; clicking its quote opens the source at that passage.
    await sources.citingRecords().getByRole('link', { name: '洛阳市光电产业链链长工作会议' }).click();
    const editor = new EditorPage(page);
    await expect(editor.form().locator('.citation-list blockquote')).toHaveText(sentence);
    await editor.form().locator('.citation-list blockquote a').click();
    await expect(sources.reader().locator('mark.target')).toHaveText(sentence);
    await expect(sources.reader().locator('mark.target')).toBeInViewport();
  });
});
