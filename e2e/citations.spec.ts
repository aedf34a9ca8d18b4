import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ImportPage } from './pages/import-page';
import { RecordsPage } from './pages/records-page';
import { runCli } from './server';

// Reference managers' files in and out: Zotero's exports become sources in
// the import dialog, a record copies as Markdown with footnotes, and the PDF
// lists its sources in GB/T 7714-2015.

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
let dir = '';
const write = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

const RIS_TEXT: [string, string] = [
  'zotero.ris',
  [
    'TY  - NEWS', 'TI  - 全省光电产业链专题会议召开', 'AU  - 李明', 'T2  - 河南日报', 'DA  - 2023/06/12/', 'UR  - https://www.example.cn/news/2023/0612.html',
    'AB  - 会议指出，要做强光电产业链，到2025年规模突破900亿元。', 'N1  - <p>省级会议</p>', 'ER  - ', '',
    'TY  - NEWS', 'TI  - 新竹科學園區半導體產業鏈座談會舉行', 'T2  - 經濟日報', 'DA  - 2024/03/05/', 'ER  - ', '',
  ].join('\r\n'),
];
const BIB_TEXT: [string, string] = [
  'zotero.bib',
  '@article{wang2024,\n  title = {洛阳市出台先进装备制造业三年行动计划},\n  journal = {洛阳日报},\n  author = {王芳},\n  year = {2024}, month = mar, day = {1},\n}\n@misc{broken,\n  title = {未闭合的括号,\n}\n',
];

const SOURCE_ID = '3f2b8c1d-5e6a-4b7c-8d9e-0a1b2c3d4e5f';
const QUOTE = '会议提出，到2025年全省光电产业规模突破900亿元。';
const CSL_TEXT: [string, string] = [
  'source.json',
  JSON.stringify([
    {
      id: SOURCE_ID, type: 'article-newspaper', title: '全省光电产业链专题会议召开', 'container-title': '河南省人民政府', issued: { 'date-parts': [[2023, 6, 12]] },
      URL: 'https://www.henan.example.gov.cn/2023/06-12/art_1.html', abstract: `${QUOTE}会议要求加快重点项目建设。`, language: 'zh-Hans',
    },
    { type: 'article-newspaper', title: '洛阳市光电产业链推进会召开', 'container-title': '洛阳日报', author: [{ literal: '张伟' }], issued: { 'date-parts': [[2024, 1, 5]] }, abstract: '推进会强调，要培育链主企业。' },
  ]),
];
const RECORD_TEXT: [string, string] = [
  'record.json',
  JSON.stringify({
    kind: 'meeting', title: '全省光电产业链专题会议', date: '2023-06-12', chains: ['光电'], regions: ['河南省'],
    citations: [{ sourceId: SOURCE_ID, quote: QUOTE, note: '目标数字' }],
  }),
];
const files = { RIS: '', BIB: '', CSL: '', RECORD: '' };
test.beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chainline-cite-e2e-'));
  files.RIS = write(...RIS_TEXT);
  files.BIB = write(...BIB_TEXT);
  files.CSL = write(...CSL_TEXT);
  files.RECORD = write(...RECORD_TEXT);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A cited record, added beside the running server (SQLite's WAL lets both write); the page is opened after. */
async function citedRecord(db: string) {
  for (const args of [['import', files.CSL], ['add', files.RECORD]]) {
    const r = await runCli(['--db', db, ...args]);
    expect(r.code, `${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(0);
  }
}

test('Zotero’s RIS and BibTeX files become sources in the import dialog; a broken entry refuses its file until only valid entries are asked for', async ({ page, served }) => {
  const shell = new AppShell(page);
  const dialog = new ImportPage(page);
  await shell.open(served.url);
  await shell.goTo('来源');
  await dialog.open();
  const chooser = page.waitForEvent('filechooser');
  await dialog.dialog().getByRole('button', { name: '选择 CSL-JSON / RIS / BibTeX 文件…' }).click();
  await (await chooser).setFiles([files.RIS, files.BIB]);

  const ris = dialog.dialog().getByRole('region', { name: 'zotero.ris' });
  const bib = dialog.dialog().getByRole('region', { name: 'zotero.bib' });
  await expect(ris.getByRole('status')).toHaveText('新增 2 篇来源，重复 0 篇。');
  await expect(ris.getByRole('list', { name: '新增的来源' })).toContainText('新竹科學園區半導體產業鏈座談會舉行');
  await expect(bib.getByRole('status')).toHaveText('文件有 1 处错误，整个文件没有导入。');
  await expect(bib.getByRole('list', { name: '错误' })).toContainText('entry 2 (broken) · 第 7 行');
  await shell.screenshot('import-citations');

  await bib.getByRole('button', { name: '只导入有效的条目' }).click();
  await expect(bib.getByRole('status')).toHaveText('新增 1 篇来源，重复 0 篇。');
  // Importing the RIS file again: both are duplicates now.
  await dialog.dialog().getByRole('button', { name: '再导入一个文件' }).click();
  const again = page.waitForEvent('filechooser');
  await dialog.dialog().getByRole('button', { name: '选择 CSL-JSON / RIS / BibTeX 文件…' }).click();
  await (await again).setFiles(files.RIS);
  await expect(dialog.dialog().getByRole('region', { name: 'zotero.ris' }).getByRole('status')).toHaveText('新增 0 篇来源，重复 2 篇。');
  await shell.screenshot('import-citations-duplicates');

  await dialog.dialog().getByRole('button', { name: '关闭' }).last().click();
  await expect(page.locator('.source-list, [aria-label*="来源"]').getByText('洛阳市出台先进装备制造业三年行动计划').first()).toBeVisible();
});

test.describe('with a cited record', () => {
  test('Ctrl+Shift+C copies the record as Markdown with the quote as a GB/T 7714 footnote, in the table and in the editor', async ({ page, served, context }) => {
    await citedRecord(served.dbPath);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
    const records = new RecordsPage(page);
    await records.open(served.url);
    await records.row('全省光电产业链专题会议').click();
    await records.grid().focus();
    await page.keyboard.press('Control+Shift+C');
    await expect(page.locator('.toast')).toContainText('已复制 1 条记录的 Markdown');
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain('## 全省光电产业链专题会议');
    expect(md).toContain(`- ${QUOTE}[^1]（目标数字）`);
    expect(md).toContain(`[^1]: “${QUOTE}” 河南省人民政府. 全省光电产业链专题会议召开[EB/OL]. (2023-06-12). https://www.henan.example.gov.cn/2023/06-12/art_1.html.`);

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await records.row('全省光电产业链专题会议').dblclick();
    await page.getByRole('heading', { level: 1, name: '编辑记录' }).waitFor();
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('[^1]: “');
  });

  test('the export menu downloads the cited sources as BibTeX and RIS, and the records as Markdown', async ({ page, served }) => {
    await citedRecord(served.dbPath);
    const records = new RecordsPage(page);
    await records.open(served.url);
    const bib = await records.exportAs('引用文献 BibTeX');
    expect(bib.suggestedFilename()).toMatch(/\.bib$/);
    const bibText = readFileSync(await bib.path(), 'utf8');
    expect(bibText).toContain('title = {全省光电产业链专题会议召开}');
    // No filter: every source, the uncited one too.
    expect(bibText).toContain('title = {洛阳市光电产业链推进会召开}');
    await expect(page.getByRole('status').filter({ hasText: '已导出 2 篇来源' })).toBeVisible();
    const ris = readFileSync(await (await records.exportAs('引用文献 RIS')).path(), 'utf8');
    expect(ris).toContain('TI  - 全省光电产业链专题会议召开');
    const md = readFileSync(await (await records.exportAs('Markdown')).path(), 'utf8');
    expect(md).toContain(`- ${QUOTE}[^1]（目标数字）`);
  });

  test('the PDF’s sources are listed in GB/T 7714-2015 (rendered to PNG to be looked at)', async ({ served }) => {
    test.setTimeout(120_000);
    await citedRecord(served.dbPath);
    const pdf = path.join(dir, 'gbt.pdf');
    const r = await runCli(['--db', served.dbPath, 'export-pdf', '--out', pdf, '--title', '光电产业链引文', '--force']);
    expect(r.code, r.stderr).toBe(0);
    const text = sh('pdftotext', ['-raw', pdf, '-']).replace(/\s+/g, '');
    expect(text).toContain('河南省人民政府.全省光电产业链专题会议召开[EB/OL].(2023-06-12).https://www.henan.example.gov.cn/2023/06-12/art_1.html.');
    const out = path.resolve('e2e/artifacts');
    mkdirSync(out, { recursive: true });
    sh('pdftoppm', ['-r', '60', '-png', pdf, path.join(out, 'pdf-gbt7714')]);
  });
});
