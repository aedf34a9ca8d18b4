import { expect, test } from './fixtures';
import { testApi } from './pages/api';
import { ActorsPage } from './pages/actors-page';
import { AppShell } from './pages/app-shell';
import { EditorPage } from './pages/editor-page';
import { TrashPage } from './pages/trash-page';

test('people and bodies: find in either script, rename, merge two, undo the merge from the trash', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  const keep = await api.actors.save({ kind: 'person', name: '楼阳生', aliases: ['楼书记'], posts: [{ post: '省委书记', startOn: '2021-03' }] });
  const twin = await api.actors.save({ kind: 'person', name: '樓陽生', aliases: ['樓某'] });
  const body = await api.actors.save({ kind: 'body', name: '河南省工业和信息化厅' });
  const rec = await api.records.save({
    record: { kind: 'meeting', title: '全省先进制造业链长会议', dateStart: '2024-06-12', actors: [{ actorId: twin.id, role: 'chair', post: '省委书记' }, { actorId: body.id, role: 'host', post: '' }] },
  });

  const shell = new AppShell(page);
  const actors = new ActorsPage(page);
  await shell.open(served.url);
  await shell.goTo('人物与机构');
  await expect(actors.names()).toHaveCount(3);

  // Traditional finds simplified and simplified finds traditional (names and aliases fold to simplified).
  await actors.search('樓陽');
  await expect(actors.names()).toHaveText(['樓陽生', '楼阳生']);
  await actors.search('工業和信息化');
  await expect(actors.names()).toHaveText(['河南省工业和信息化厅']);
  await page.getByLabel('类型').first().selectOption('person');
  await expect(actors.names()).toHaveCount(0);
  await page.getByLabel('类型').first().selectOption('');
  await shell.screenshot('actors-search');

  // Rename: the list and search follow; the linked record is found by the new name.
  await actors.select('河南省工业和信息化厅');
  await actors.rename('河南省工信厅');
  await actors.search('工信厅');
  await expect(actors.names()).toHaveText(['河南省工信厅']);
  expect((await api.search.query({ query: '河南省工信厅', scope: 'records' })).records.hits.map((h) => h.id)).toContain(rec.id);

  // Merge the traditional twin into the simplified one: the link and its role move.
  await actors.search('');
  await actors.select('樓陽生');
  await expect(actors.linkedRecords()).toHaveCount(1);
  await actors.mergeSelectedInto('楼阳生');
  await expect(shell.toast('已合并到「楼阳生」')).toBeVisible();
  await expect(actors.panel().getByRole('heading', { level: 2, name: '楼阳生' })).toBeVisible();
  await expect(actors.item('樓陽生')).toHaveCount(0);
  await expect(actors.linkedRecords()).toHaveText([/全省先进制造业链长会议.*主持 省委书记/]);
  await expect(actors.panel().locator('.merged-from')).toContainText('樓陽生');
  await expect(actors.panel().locator('.chip', { hasText: '樓某' })).toBeVisible();
  await shell.screenshot('actors-merged');

  // One click opens the linked record.
  await actors.linkedRecords().getByRole('link', { name: '全省先进制造业链长会议' }).click();
  await expect(new EditorPage(page).form().getByLabel('标题', { exact: true })).toHaveValue('全省先进制造业链长会议');

  // Undo from the trash: the twin comes back with its link; the kept one loses what came with it.
  await shell.goTo('回收站');
  await new TrashPage(page).restore('樓陽生');
  await shell.goTo('人物与机构');
  await actors.select('樓陽生');
  await expect(actors.linkedRecords()).toHaveText([/全省先进制造业链长会议.*主持 省委书记/]);
  await actors.select('楼阳生');
  await expect(actors.linkedRecords()).toHaveCount(0);
  await expect(actors.panel().locator('.chip', { hasText: '樓某' })).toHaveCount(0);
  const back = await api.actors.get({ id: keep.id });
  expect(back.aliases).toEqual(['楼书记']);
  expect(back.posts.map((p) => p.post)).toEqual(['省委书记']);

  await shell.switchLanguage();
  await expect(page.getByRole('heading', { level: 1, name: 'People & bodies' })).toBeVisible();
  await expect(actors.panel().getByRole('heading', { level: 3, name: 'Linked records' })).toBeVisible();
  await actors.select('樓陽生');
  await shell.screenshot('actors-en');
});

test('people and bodies are reachable from the keyboard', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  await api.actors.save({ kind: 'firm', name: '中航光电科技股份有限公司' });
  const shell = new AppShell(page);
  await shell.open(served.url);
  await page.locator('main').focus();
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await page.getByRole('heading', { level: 1, name: '人物与机构' }).waitFor();
  const actors = new ActorsPage(page);
  await actors.item('中航光电科技股份有限公司').focus();
  await page.keyboard.press('Enter');
  await expect(actors.nameField()).toHaveValue('中航光电科技股份有限公司');
});
