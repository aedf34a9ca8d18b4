import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { printPageUrl } from '../api/print/view-url';
import type { PrintView } from '../api/contract/export';
import { expect, test } from './fixtures';
import { TimelinePage } from './pages/timeline-page';
import { buildEvidenceDb, LONG_URL, QUOTE_1, QUOTE_2, QUOTE_3, QUOTE_NOTE, RECORD_NOTE, REGIONS, TITLES, UNDATED_NOTE } from './pdf-evidence-data';
import { cli, runCli } from './server';

// The PDF as evidence a colleague can check: quotes and notes per record,
// undated records listed apart, counts, full source entries, cells that
// never run into each other, and region lanes nested as on screen.

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const squash = (s: string) => s.replace(/\s+/g, '');
const pageTexts = (pdf: string) => sh('pdftotext', ['-raw', pdf, '-']).split('\f').slice(0, -1);

interface Word { text: string; xMin: number; xMax: number; yMin: number; yMax: number }
/** Every page's words with their boxes (points), from pdftotext -bbox-layout. */
function pageWords(pdf: string): Word[][] {
  const html = sh('pdftotext', ['-bbox-layout', pdf, '-']);
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: unescape(m[5]),
    })),
  );
}

function shoot(pdf: string, prefix: string) {
  const dir = path.resolve('e2e/artifacts');
  mkdirSync(dir, { recursive: true });
  sh('pdftoppm', ['-png', '-r', '80', pdf, path.join(dir, prefix)]);
}

test.describe('the PDF as evidence (chainline export-pdf)', () => {
  let dir: string;
  let db: string;
  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'chainline-pdf-evidence-'));
    db = path.join(dir, 'evidence.db');
    await buildEvidenceDb(dir, db);
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('quotes with their source numbers, notes, undated records apart, counts, full source entries (zh and en, notes left out on request)', async () => {
    test.setTimeout(120_000);
    const zh = path.join(dir, 'zh.pdf');
    const r = await runCli(['--db', db, '--json', 'export-pdf', '--out', zh, '--title', '证据导出']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ records: 5 });
    shoot(zh, 'evidence-zh');
    const texts = pageTexts(zh);
    const all = squash(texts.join('\n'));

    expect(squash(texts[0])).toContain(squash('共 5 条记录（其中 2 条日期不详），2 个来源'));
    expect(texts[0]).toContain('日期不详的记录');
    // Quotes, each followed by its source's number; notes on citations and on records.
    expect(all).toContain(squash(`“${QUOTE_1}”[1]`));
    expect(all).toContain(squash(`“${QUOTE_2}”[1]`));
    expect(all).toContain(squash(`“${QUOTE_3}”[2]`));
    expect(all).toContain(squash(`备注：${QUOTE_NOTE}`));
    expect(all).toContain(squash(`备注：${RECORD_NOTE}`));

    // Undated records: on pages of their own, after the table, under their own heading and never on the dated pages.
    const undatedPages = texts.map((t, i) => (t.includes('日期不详的记录') && t.includes('主要目标') ? i : -1)).filter((i) => i > 0);
    expect(undatedPages.length).toBe(1);
    const undatedText = squash(texts[undatedPages[0]]);
    expect(undatedText).toContain(squash(TITLES.undatedMeasure));
    expect(undatedText).toContain(squash(TITLES.undatedMeeting));
    expect(undatedText).toContain(squash(UNDATED_NOTE));
    const tablePage = texts.findIndex((t) => t.includes('记录一览') && t.includes('主要目标'));
    expect(tablePage).toBeGreaterThan(0);
    expect(texts[tablePage]).toContain('共 5 条记录（其中 2 条日期不详）');
    expect(squash(texts[tablePage])).not.toContain(squash(TITLES.undatedMeeting));

    // Sources: outlet, date, title and the whole address.
    const sources = squash(texts.at(-1)!);
    // In GB/T 7714-2015: online with its address ([EB/OL], the outlet as the responsible body), in print without ([N]).
    expect(sources).toContain(squash(`[1] 郑州日报. 郑州市新材料产业链推进会召开[EB/OL]. (2024-06-12). ${LONG_URL}.`));
    expect(sources).toContain(squash('[2] 洛阳市出台先进装备制造业三年行动计划[N]. 洛阳日报, 2023-10-08.'));
    // The address wraps inside the page: no word runs past the right margin (12 mm) on any page.
    const words = pageWords(zh);
    const width = 297 / 25.4 * 72;
    for (const page of words) for (const w of page) expect(w.xMax, w.text).toBeLessThanOrEqual(width - 12 / 25.4 * 72 + 1);

    // A window leaves the undated records listed, not dropped.
    const y2024 = path.join(dir, '2024.pdf');
    const w = await runCli(['--db', db, '--json', 'export-pdf', '--out', y2024, '--from', '2024', '--to', '2024']);
    expect(w.code, w.stderr).toBe(0);
    const windowed = squash(pageTexts(y2024).join('\n'));
    expect(windowed).toContain(squash(TITLES.undatedMeeting));
    expect(windowed).toContain(squash('共 5 条记录（其中 2 条日期不详）'));

    // --no-notes: the quotes stay, the notes go, and the cover says so.
    const bare = path.join(dir, 'bare.pdf');
    const n = await runCli(['--db', db, '--json', 'export-pdf', '--out', bare, '--no-notes']);
    expect(n.code, n.stderr).toBe(0);
    const bareTexts = pageTexts(bare);
    const bareAll = squash(bareTexts.join('\n'));
    expect(bareAll).toContain(squash(`“${QUOTE_1}”[1]`));
    for (const note of [QUOTE_NOTE, RECORD_NOTE, UNDATED_NOTE]) expect(bareAll).not.toContain(squash(note));
    expect(bareTexts[0]).toContain('本报告不含研究者备注');

    // English.
    const en = path.join(dir, 'en.pdf');
    const e = await runCli(['--db', db, '--json', 'export-pdf', '--out', en, '--lang', 'en']);
    expect(e.code, e.stderr).toBe(0);
    shoot(en, 'evidence-en');
    const enTexts = pageTexts(en);
    expect(squash(enTexts[0])).toContain(squash('5 records (of which 2 undated), 2 sources'));
    expect(enTexts.join('\n')).toContain('Undated records');
    expect(squash(enTexts.join('\n'))).toContain(squash(`Note: ${QUOTE_NOTE}`));
  });

  test('columns never overlap: in the PDF no word crosses into the next column, long dates and lists wrap in their cells', async () => {
    test.setTimeout(120_000);
    const pdf = path.join(dir, 'columns.pdf');
    const r = await runCli(['--db', db, '--json', 'export-pdf', '--out', pdf]);
    expect(r.code, r.stderr).toBe(0);
    const heads = ['#', '日期', '类型', '标题', '产业链', '地区', '状态', '主要目标', '引文（来源）与备注'];
    let checked = 0;
    for (const words of pageWords(pdf)) {
      const date = words.find((w) => w.text === '日期');
      if (!date || !words.some((w) => w.text === '主要目标')) continue;
      const head = words.filter((w) => Math.abs(w.yMin - date.yMin) < 1).sort((a, b) => a.xMin - b.xMin);
      expect(head.map((w) => w.text)).toEqual(heads);
      // Each column starts 1.2 mm (3.4 pt) left of its heading's text.
      const edges = head.slice(1).map((w) => w.xMin - 3.4);
      const body = words.filter((w) => w.yMin > date.yMax);
      for (const w of body) {
        for (const x of edges) expect(w.xMin < x - 0.5 && w.xMax > x + 0.5, `"${w.text}" crosses the column edge at ${x.toFixed(1)}`).toBe(false);
      }
      checked++;
    }
    expect(checked).toBe(2);
    // The long range wrapped at its dash rather than running on.
    const text = sh('pdftotext', ['-raw', pdf, '-']);
    expect(text).toMatch(/2023-10-01 –\s*\n(.*\n)*?.*2026-12-31/);
  });

  test('--open prints a province with its cities as lanes; an unknown name is refused', async () => {
    test.setTimeout(60_000);
    const pdf = path.join(dir, 'open.pdf');
    const r = await runCli(['--db', db, '--json', 'export-pdf', '--out', pdf, '--lanes', 'region', '--open', '河南省']);
    expect(r.code, r.stderr).toBe(0);
    const labelRight = (12 / 25.4) * 72 + 170 * 0.75;
    const words = pageWords(pdf)[1].filter((w) => w.xMax < labelRight && w.yMin > 60).sort((a, b) => a.yMin - b.yMin);
    expect(words.slice(0, 2).map((w) => w.text)).toEqual(['全国', '河南省']);
    // Then the province's cities, indented under it.
    const cities = words.slice(2);
    expect(cities.length).toBeGreaterThan(1);
    for (const c of cities) {
      expect(REGIONS).toContain(c.text);
      expect(c.xMin).toBeGreaterThan(words[1].xMin);
    }
    const closed = path.join(dir, 'closed.pdf');
    expect((await runCli(['--db', db, 'export-pdf', '--out', closed, '--lanes', 'region'])).code).toBe(0);
    expect(pageWords(closed)[1].filter((w) => w.xMax < labelRight && w.yMin > 60).map((w) => w.text)).toEqual(['全国', '河南省']);
    const bad = await runCli(['--db', db, 'export-pdf', '--out', path.join(dir, 'bad.pdf'), '--lanes', 'region', '--open', '不存在的省']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('不存在的省');
  });
});

/** `chainline serve` on an existing database; resolves with its URL and a stop function. */
async function serveDb(db: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [cli, '--db', db, '--json', 'serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(JSON.parse(d.toString().split('\n')[0]).url));
    child.once('exit', (code) => reject(new Error(`chainline serve exited with ${code}`)));
  });
  return { url, stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))) };
}

/** Lays the print page out in the browser and reports every cell whose content reaches outside it. */
async function overflowingCells(page: Page, base: string, view: PrintView): Promise<{ rows: number; bad: string[] }> {
  const u = new URL(base);
  const token = new URLSearchParams(u.hash.slice(1)).get('token') ?? undefined;
  await page.emulateMedia({ media: 'print' });
  await page.goto(printPageUrl(`${u.origin}/`, view, token));
  await page.waitForFunction(() => window.__printReady === true);
  return page.evaluate(() => {
    const bad: string[] = [];
    const inside = (el: Element, box: DOMRect, what: string) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) bad.push(`${what}: ${el.textContent?.slice(0, 40)} (${r.left.toFixed(1)}–${r.right.toFixed(1)} outside ${box.left.toFixed(1)}–${box.right.toFixed(1)})`);
      }
    };
    const rows = [...document.querySelectorAll('.document table.report tr')];
    for (const tr of rows) {
      const cells = [...tr.children];
      cells.forEach((td, i) => {
        const box = td.getBoundingClientRect();
        inside(td, box, `cell ${i}`);
        const next = cells[i + 1]?.getBoundingClientRect();
        if (next && box.right > next.left + 0.5) bad.push(`cells ${i} and ${i + 1} overlap`);
      });
    }
    for (const li of document.querySelectorAll('.document ol.sources li')) inside(li, li.closest('ol')!.getBoundingClientRect(), 'source');
    return { rows: rows.length, bad };
  });
}

test.describe('the print page in the browser', () => {
  let dir: string;
  let server: { url: string; stop(): Promise<void> };
  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'chainline-pdf-cells-'));
    const db = path.join(dir, 'evidence.db');
    await buildEvidenceDb(dir, db);
    server = await serveDb(db);
  });
  test.afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const paper of ['A4', 'A3'] as const) {
      test(`every cell's content stays inside its cell (${lang}, ${paper})`, async ({ page }) => {
        const { rows, bad } = await overflowingCells(page, server.url, { lang, paper, laneBy: 'region', depth: 3 });
        expect(rows).toBe(2 + 5); // a heading row on each of the two table pages, five records
        expect(bad).toEqual([]);
      });
    }
  }
});

test.describe('region lanes in the PDF follow the screen', () => {
  const notesFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'chainline-pdf-notes-')), 'note.json');
  writeFileSync(notesFile, JSON.stringify([{ kind: 'meeting', title: '带备注的郑州会议', date: '2021-05-06', regions: ['郑州市'], notes: '仅供内部参考的研究备注' }]));
  test.use({ seed: [['demo', '--count', '60']] });

  test('a province opened on screen is printed with its cities nested under it; notes left out from the dialog', async ({ page, served }) => {
    test.setTimeout(120_000);
    const added = await runCli(['--db', served.dbPath, 'add', notesFile]);
    expect(added.code, added.stderr).toBe(0);
    const tl = new TimelinePage(page);
    await tl.open(served.url);
    await tl.setLanes('地区');
    await page.getByRole('button', { name: '展开 河南省' }).click();
    await tl.painted();
    const cities = await page.locator('.tl-lane.depth-3 .tl-lane-name').allTextContents();
    expect(cities.length).toBeGreaterThan(1);

    await page.getByRole('button', { name: '导出 PDF' }).click();
    const dialog = page.getByRole('dialog', { name: '导出 PDF' });
    const notes = dialog.getByLabel('包括研究者备注');
    await expect(notes).toBeChecked();
    await notes.uncheck();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    const file = await (await download).path();
    await expect(dialog).toContainText(/已导出 \d+ 页/);
    const pdf = path.join(mkdtempSync(path.join(os.tmpdir(), 'chainline-pdf-lanes-')), 'lanes.pdf');
    copyFileSync(file, pdf);
    shoot(pdf, 'lanes-region');

    // Lane labels are the words left of the plot (12 mm margin + 170 px label column) on the timeline pages.
    const labelRight = (12 / 25.4) * 72 + 170 * 0.75;
    const timeline = pageWords(pdf).filter((ws) => ws.some((w) => w.text.startsWith('会议/活动')));
    expect(timeline.length).toBeGreaterThan(0);
    const labels = timeline[0].filter((w) => w.xMax < labelRight && w.yMin > 60).sort((a, b) => a.yMin - b.yMin);
    const henan = labels.find((w) => w.text === '河南省');
    expect(henan, labels.map((w) => w.text).join(' ')).toBeTruthy();
    const printed = timeline.flatMap((ws) => ws.filter((w) => w.xMax < labelRight).map((w) => w.text.replace(/（续）$/, '')));
    for (const city of cities) expect(printed).toContain(city);
    // Nested: the cities come right under their province, indented.
    const first = labels.find((w) => w.text === cities[0])!;
    expect(first.yMin).toBeGreaterThan(henan!.yMin);
    expect(first.xMin).toBeGreaterThan(henan!.xMin);

    const text = sh('pdftotext', ['-raw', pdf, '-']);
    expect(squash(text)).toContain('带备注的郑州会议');
    expect(squash(text)).not.toContain('仅供内部参考的研究备注');
    expect(text).toContain('本报告不含研究者备注');
  });
});
