import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { testApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { ImportPage } from './pages/import-page';
import { RecordsPage } from './pages/records-page';
import { runCli } from './server';

// A colleague's database shares two records with this one; both sides then
// edit the same meeting (the colleague later) and the colleague adds a record.
// The import dialog previews the merge, names the conflict and which version
// won, and imports on the researcher's word.

const MEETING = '5b0c8d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
const PLAN = '6c1d9e2f-3a4b-4c5d-9e7f-8091a2b3c4d5';

test('a bundle is previewed (added, conflicts, unchanged) and merged from the import dialog', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  const colleague = path.join(served.dir, 'colleague.db');
  const file = (name: string, value: unknown) => {
    const f = path.join(served.dir, name);
    writeFileSync(f, JSON.stringify(value));
    return f;
  };
  const cli = async (...args: string[]) => {
    const r = await runCli(['--db', colleague, ...args]);
    expect(r.code, r.stderr).toBe(0);
  };
  const meeting = { id: MEETING, kind: 'meeting' as const, subkind: 'chain-meeting' as const, title: '洛阳市光电产业链推进会', dateStart: '2024-03-01', regions: ['洛阳市'] };
  await cli('add', file('common.json', [meeting, { id: PLAN, kind: 'plan', title: '《洛阳市光电产业链三年行动计划》', dateStart: '2024', dateEnd: '2026', regions: ['洛阳市'] }]));
  const first = path.join(served.dir, 'first.chainline');
  await cli('export', 'bundle', '--out', first);
  await api.exchange.apply({ fileName: 'first.chainline', contentBase64: readFileSync(first).toString('base64') });

  // Apart: an edit here, then a later edit and a new record there.
  await api.records.save({ record: { ...meeting, summary: '本地补充：会议强调要加快项目落地。' } });
  await cli('add', '--replace', file('edit.json', { ...meeting, title: '洛阳市光电产业链推进会暨项目签约仪式' }));
  await cli('add', file('new.json', { kind: 'meeting', title: '郑州市新能源汽车产业链推进会', dateStart: '2024-05-10', regions: ['郑州市'] }));
  const bundle = path.join(served.dir, '同事的数据.chainline');
  await cli('export', 'bundle', '--out', bundle);

  const shell = new AppShell(page);
  const dialog = new ImportPage(page);
  await shell.open(served.url);
  await shell.goTo('来源');
  await dialog.open();
  await dialog.chooseBundle(bundle);
  const preview = dialog.bundleDialog();
  await expect(preview.locator('.bundle-file')).toContainText('同事的数据.chainline');
  const group = (name: string) => preview.locator('.bundle-group').filter({ hasText: name });
  await expect(group('新增').locator('.bundle-count')).toHaveText('1');
  await expect(group('新增')).toContainText('郑州市新能源汽车产业链推进会');
  await expect(group('冲突').locator('.bundle-count')).toHaveText('1');
  await expect(group('冲突')).toContainText('洛阳市光电产业链推进会暨项目签约仪式');
  await expect(group('冲突')).toContainText('对方的修改较新，采用对方的版本；本库原来的版本已存入这条记录的历史');
  await expect(group('冲突')).toContainText('另一版本的标题：洛阳市光电产业链推进会');
  await expect(group('不变').locator('.bundle-count')).toHaveText('1');
  // Nothing is written by the preview.
  expect((await api.records.get({ id: MEETING })).title).toBe('洛阳市光电产业链推进会');
  await shell.screenshot('bundle-preview');

  await preview.getByRole('button', { name: '导入' }).click();
  await expect(preview.getByRole('status')).toContainText('已合并：新增 1 条，更新 0 条，冲突 1 条，移入回收站 0 条。');
  await expect(preview.getByRole('status')).toContainText('合并前已备份数据库');
  await shell.screenshot('bundle-merged');
  await preview.getByRole('button', { name: '关闭' }).click();

  const merged = await api.records.get({ id: MEETING });
  expect(merged.title).toBe('洛阳市光电产业链推进会暨项目签约仪式');
  const history = await api.records.history({ id: MEETING });
  expect(history.some((v) => v.reason === 'merge' && v.record.summary === '本地补充：会议强调要加快项目落地。')).toBe(true);
  const records = new RecordsPage(page);
  await records.open(served.url);
  await expect(records.count()).toHaveText('3 条记录');
});

test('the records screen downloads the filtered records as a bundle that another database merges whole', async ({ page, served, request }) => {
  const api = testApi(request, served.url);
  for (const [title, region] of [
    ['洛阳市光电产业链专题会议', '洛阳市'],
    ['武汉市光电子信息产业链大会', '武汉市'],
  ])
    await api.records.save({ record: { kind: 'meeting', title, dateStart: '2024-03-01', regions: [region] } });
  const records = new RecordsPage(page);
  await records.open(served.url);
  await records.filterTree('地区', '河南省');
  const download = await records.exportAs('数据包');
  expect(download.suggestedFilename()).toMatch(/\.chainline$/);
  const file = await download.path();
  const other = path.join(served.dir, 'other.db');
  const merged = await runCli(['--db', other, '--json', 'import', file]);
  expect(merged.code, merged.stderr).toBe(0);
  const [result] = JSON.parse(merged.stdout) as { plan: { records: { added: { title: string }[] } } }[];
  expect(result.plan.records.added.map((r) => r.title)).toEqual(['洛阳市光电产业链专题会议']);
});

test('a bundle dropped on the window opens its preview, not the article import', async ({ page, served }) => {
  const colleague = path.join(served.dir, 'colleague.db');
  const records = path.join(served.dir, 'r.json');
  writeFileSync(records, JSON.stringify([{ kind: 'measure', title: '集成电路产业专项引导基金', dateStart: '2024-02', regions: ['河南省'] }]));
  expect((await runCli(['--db', colleague, 'add', records])).code).toBe(0);
  const bundle = path.join(served.dir, 'drop.chainline');
  expect((await runCli(['--db', colleague, 'export', 'bundle', '--out', bundle])).code).toBe(0);

  const shell = new AppShell(page);
  await shell.open(served.url);
  const files = await page.evaluateHandle((base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], '同事.chainline', { type: 'application/zip' }));
    return dt;
  }, readFileSync(bundle).toString('base64'));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: files });
  await page.dispatchEvent('main', 'drop', { dataTransfer: files });
  const preview = new ImportPage(page).bundleDialog();
  await expect(preview.locator('.bundle-group').filter({ hasText: '新增' })).toContainText('集成电路产业专项引导基金');
});
