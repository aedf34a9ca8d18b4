import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { testApi } from './pages/api';
import { RecordsPage } from './pages/records-page';
import { TaxonomyPage } from './pages/taxonomy-page';
import { TrashPage } from './pages/trash-page';

test('merging two chains moves their records; the merged chain can be restored from the trash', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  const cluster = (await api.taxonomy.chains({})).find((c) => c.level === 'cluster')!;
  // Names not in the starter taxonomy, so nothing resolves to a seeded chain by alias.
  const from = await api.taxonomy.saveChain({ parentId: cluster.id, name: '硅光芯片', level: 'chain', synonyms: ['硅基光电子'] });
  const into = await api.taxonomy.saveChain({ parentId: cluster.id, name: '光子集成', level: 'chain' });
  await api.records.save({ record: { kind: 'meeting', title: '硅光芯片产业链推进会', dateStart: '2024-04', chains: [from.id] } });
  await api.records.save({ record: { kind: 'meeting', title: '光子集成产业链座谈会', dateStart: '2024-05', chains: [into.id] } });

  const shell = new AppShell(page);
  const tax = new TaxonomyPage(page);
  await shell.open(served.url);
  await shell.goTo('分类');
  await tax.select('硅光芯片');
  await expect(page.locator('.node-panel')).toContainText('硅基光电子');
  await tax.mergeSelectedInto('光子集成');
  await expect(shell.toast('已合并到「光子集成」')).toBeVisible();
  await expect(page.locator('.node-panel h2')).toHaveText('光子集成');
  // The merged node's names live on as aliases of the target.
  await expect(page.locator('.node-panel .chip-input')).toContainText('硅光芯片');
  await expect(page.locator('.node-panel .chip-input')).toContainText('硅基光电子');
  await shell.screenshot('taxonomies-merged');

  const records = new RecordsPage(page);
  await page.getByRole('button', { name: '查看这些记录' }).click();
  await expect(records.count()).toHaveText('2 条记录');
  await expect(records.row('硅光芯片产业链推进会')).toContainText('光子集成');

  await shell.goTo('回收站');
  const trash = new TrashPage(page);
  await trash.restore('硅光芯片');
  await shell.goTo('分类');
  await tax.find('硅光芯片');
  await expect(tax.node('硅光芯片')).toHaveCount(1);
});

test('rename and move a region, with its alias', async ({ page, served }) => {
  const shell = new AppShell(page);
  const tax = new TaxonomyPage(page);
  await shell.open(served.url);
  await shell.goTo('分类');
  await tax.tab('地区');
  await page.getByRole('button', { name: '+ 添加顶级节点' }).click();
  const form = page.getByRole('form', { name: '新节点' });
  await form.getByLabel('名称').fill('测试新区');
  await form.getByRole('textbox', { name: '别名/同义词' }).fill('测新');
  await form.getByRole('textbox', { name: '别名/同义词' }).press('Enter');
  await form.getByRole('button', { name: '移动到…' }).click();
  await form.locator('.popover-panel').getByRole('searchbox').fill('河南省');
  // Choosing closes the popover at once, so click (check() would wait for the radio to stay checked).
  await form.locator('.popover-panel').getByRole('radio', { name: /^河南省/ }).first().click();
  await expect(form).toContainText('河南省');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.node-panel h2')).toHaveText('测试新区');
  await expect(page.locator('.node-panel .parent-pick')).toContainText('河南省');
  const edit = page.getByRole('form', { name: '编辑' });
  await edit.getByLabel('名称').fill('测试新区二');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.node-panel h2')).toHaveText('测试新区二');
});
