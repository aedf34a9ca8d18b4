import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { TimelinePage } from './pages/timeline-page';
import { runCli } from './server';

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

/** Each page's text, by page number. */
function pageTexts(pdf: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) => sh('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-raw', pdf, '-']));
}

test.describe('chainline export-pdf', () => {
  let dir: string;
  let db: string;
  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'chainline-pdf-'));
    db = path.join(dir, 'demo.db');
    const r = await runCli(['--db', db, 'demo', '--count', '150']);
    expect(r.code, r.stderr).toBe(0);
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a valid PDF: pages as laid out, every title as text, an embedded CJK font, never overwritten without --force', async () => {
    test.setTimeout(120_000);
    const out = path.join(dir, 'all.pdf');
    const r = await runCli(['--db', db, '--json', 'export-pdf', '--out', out, '--title', '河南产业链政策时间线']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { file: string; pages: number; records: number; bytes: number };
    expect(summary).toMatchObject({ file: out, records: 150 });
    expect(statSync(out).size).toBe(summary.bytes);

    const info = sh('pdfinfo', [out]);
    expect(info).toMatch(new RegExp(`Pages:\\s+${summary.pages}\\n`));
    expect(info).toContain('(A4)');

    // The structure accounts for every page: cover, timeline pages (legend), table pages (column heads), sources.
    const texts = pageTexts(out, summary.pages);
    expect(texts[0]).toContain('河南产业链政策时间线');
    expect(texts[0]).toContain('目录');
    const timeline = texts.filter((t) => t.includes('会议/活动（点）')).length;
    const table = texts.filter((t) => t.includes('主要目标')).length;
    const sources = texts.filter((t) => /^\[\d+\]/m.test(t) && !t.includes('主要目标')).length;
    expect(timeline).toBeGreaterThan(0);
    expect(table).toBeGreaterThanOrEqual(Math.ceil(150 / 40));
    expect(1 + timeline + table + sources).toBe(summary.pages);
    texts.slice(1).forEach((t, i) => expect(t).toContain(`第 ${i + 2} / ${summary.pages} 页`));
    expect(texts[1]).toContain('2020年');

    // Every record's Chinese title is in the text.
    const list = JSON.parse((await runCli(['--db', db, '--json', 'list', '--limit', '1000'])).stdout) as { rows: { title: string }[] };
    const all = squash(texts.join('\n'));
    const missing = list.rows.map((x) => x.title).filter((t) => !all.includes(squash(t)));
    expect(missing).toEqual([]);

    // Fonts: the bundled Noto Sans SC, embedded as CID TrueType subsets; nothing drawn as Type 3.
    const fonts = sh('pdffonts', [out]);
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    // One font file per weight sets the common characters, one subset each; the
    // unicode-range slices only the rare ones it lacks (one subset per slice used: 60 at 1,000 records).
    expect(rows.length, fonts).toBeLessThanOrEqual(4);
    expect(fonts).not.toContain('Type 3');
    for (const row of rows) {
      expect(row).toMatch(/NotoSansSC/);
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }

    // The first pages as pictures, kept for review.
    mkdirSync('e2e/artifacts', { recursive: true });
    for (const n of [1, 2]) sh('pdftoppm', ['-png', '-r', '80', '-f', String(n), '-l', String(n), '-singlefile', out, `e2e/artifacts/pdf-page-${n}`]);
    expect(statSync('e2e/artifacts/pdf-page-1.png').size).toBeGreaterThan(10_000);
    expect(statSync('e2e/artifacts/pdf-page-2.png').size).toBeGreaterThan(10_000);

    const again = await runCli(['--db', db, 'export-pdf', '--out', out]);
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('--force');
    expect(statSync(out).size).toBe(summary.bytes);
    const forced = await runCli(['--db', db, '--json', 'export-pdf', '--out', out, '--force', '--paper', 'A3']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(sh('pdfinfo', [out])).toContain('(A3)');
  });

  test('filters and lanes: only the matching records, laid out by region', async () => {
    test.setTimeout(120_000);
    const out = path.join(dir, 'plans.pdf');
    const args = ['--kind', 'plan', '--from', '2020', '--to', '2022'];
    const listed = JSON.parse((await runCli(['--db', db, '--json', 'list', ...args, '--limit', '1000'])).stdout) as { total: number; rows: { title: string }[] };
    const r = await runCli(['--db', db, '--json', 'export-pdf', '--out', out, '--lanes', 'region', ...args]);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { pages: number; records: number };
    expect(summary.records).toBe(listed.total);
    const texts = pageTexts(out, summary.pages);
    expect(texts[0]).toContain('类型：规划/计划');
    expect(texts[0]).toContain('按地区');
    expect(texts[0]).toContain('2020-01-01 – 2022-12-31');
    const all = squash(texts.join('\n'));
    for (const row of listed.rows) expect(all).toContain(squash(row.title));
  });

  test('a bad option or an unknown chain is refused before any work', async () => {
    const out = path.join(dir, 'bad.pdf');
    const bad = await runCli(['--db', db, 'export-pdf', '--out', out, '--lanes', 'colour']);
    expect(bad.code).toBe(2);
    const unknown = await runCli(['--db', db, 'export-pdf', '--out', out, '--chain', '不存在的产业链']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('不存在的产业链');
    expect(() => statSync(out)).toThrow();
  });
});

test.describe('export from the timeline screen (browser mode)', () => {
  test.use({ seed: [['demo', '--count', '60']] });

  test('Export PDF shows progress and downloads the PDF the server rendered', async ({ page, served }) => {
    test.setTimeout(120_000);
    const tl = new TimelinePage(page);
    await tl.open(served.url);
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const dialog = page.getByRole('dialog', { name: '导出 PDF' });
    await dialog.getByLabel('报告标题').fill('浏览器导出测试');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    await expect(dialog.getByRole('status').first()).toBeVisible();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(dialog).toContainText(/已导出 \d+ 页/);
    expect((await download).suggestedFilename()).toMatch(/^浏览器导出测试 \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(sh('pdftotext', ['-f', '1', '-l', '1', file, '-'])).toContain('浏览器导出测试');
  });
});
