import type { Page } from '@playwright/test';
import type { Api } from '../api/contract';
import { expect, test } from './fixtures';
import { MEETING_ARTICLE } from './import-articles';
import { testApi } from './pages/api';
import { AppShell } from './pages/app-shell';
import { RecordsPage } from './pages/records-page';

// Every screen in English shows no Chinese except data. Data is what the
// records, sources, taxonomy and actor calls return (titles, names, aliases,
// article text): a piece of Chinese on screen passes only when it is such a
// string, or a stretch of an article's or record's own text where the screen
// quotes from one (reader, snippets, suggestions). The timeline call is not a
// data source here: its lane names are exactly what must not be Chinese.

const HAN = /\p{Script=Han}/u;
/** The other language's name, written in it on the language switch and in the palette; the brand's Chinese name beside "Chainline". */
const ALLOWED = ['中文', '链策'];
/** Where a screen quotes a stretch of an article or a record's text rather than a whole field. */
const QUOTES = 'article.reader, .snippet, .hit-list, .suggestions, .palette-list';

interface Data {
  /** Whole strings of two characters or more, longest first. */
  whole: string[];
  /** One-character strings (units such as 家 or 个), data only when they stand alone. */
  single: Set<string>;
  /** Article bodies and record texts that screens quote from. */
  texts: string[];
}

interface Shown {
  text: string;
  where: string;
  quoted: boolean;
}

/** Every visible text node and user-facing attribute that contains Chinese, with where it is. */
async function chineseOnScreen(page: Page): Promise<Shown[]> {
  return page.evaluate(
    ({ quotes }) => {
      const han = /\p{Script=Han}/u;
      const out: { text: string; where: string; quoted: boolean }[] = [];
      const path = (el: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
          parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (e.classList.length ? `.${[...e.classList].join('.')}` : ''));
        }
        return parts.join(' > ');
      };
      const visible = (el: Element) => {
        const host = el.closest('option') ? el.closest('select')! : el;
        return host.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = n.textContent?.trim() ?? '';
        if (!el || !han.test(text) || el.closest('script, style, template') || !visible(el)) continue;
        out.push({ text, where: path(el), quoted: !!el.closest(quotes) });
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')) {
        if (!visible(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
          const text = el.getAttribute(attr)?.trim() ?? '';
          if (han.test(text)) out.push({ text, where: `${path(el)} [${attr}]`, quoted: !!el.closest(quotes) });
        }
      }
      return out;
    },
    { quotes: QUOTES },
  );
}

/** Every Chinese string the data calls return: the only Chinese an English screen may show. */
async function dataStrings(api: Api): Promise<Data> {
  const found = new Set<string>();
  const texts = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (HAN.test(v)) found.add(v.trim());
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const records = (await api.records.list({ page: { offset: 0, limit: 1000 } })).rows;
  walk(records);
  for (const r of records) {
    const full = await api.records.get({ id: r.id });
    walk(full);
    for (const t of [full.title, full.summary, full.notes]) if (t) texts.add(t);
  }
  const sources = (await api.sources.list({ sort: '-published', page: { offset: 0, limit: 1000 } })).rows;
  walk(sources);
  for (const s of sources) {
    const full = await api.sources.get({ id: s.id });
    walk(full);
    texts.add(full.title);
    texts.add(full.body);
    // The reader shows the original beside the cleaned text.
    if (full.hasOriginal) texts.add((await api.sources.original({ id: s.id })).raw);
  }
  walk(await api.taxonomy.chains({}));
  walk(await api.taxonomy.regions({}));
  const actors = await api.actors.list({ limit: 5000 });
  walk(actors);
  for (const a of actors.slice(0, 20)) walk(await api.actors.records({ id: a.id }));
  for (const s of sources) walk(await api.sources.history({ id: s.id }));
  // Longest first, so a name inside a longer title goes with the title.
  return {
    whole: [...found].filter((s) => s.length > 1).sort((a, b) => b.length - a.length),
    single: new Set([...found].filter((s) => s.length === 1)),
    texts: [...texts],
  };
}

/** What is left of a piece of Chinese once every data string in it is taken out. */
function untranslated(shown: Shown[], data: Data): string[] {
  const bad: string[] = [];
  for (const s of shown) {
    let rest = s.text;
    for (const d of [...data.whole, ...ALLOWED]) if (rest.includes(d)) rest = rest.split(d).join(' ');
    const runs = (rest.match(/\p{Script=Han}+/gu) ?? []).filter((run) => !data.single.has(run));
    const left = s.quoted ? runs.filter((run) => !data.texts.some((t) => t.includes(run))) : runs;
    if (left.length) bad.push(`${s.where}: “${s.text}” (${left.join(' ')})`);
  }
  return bad;
}

test.describe('the English UI', () => {
  test.use({ seed: [['demo', '--count', '40']] });

  test('shows no Chinese on any screen except data', async ({ page, served, request }) => {
    test.setTimeout(180_000);
    const api = testApi(request, served.url);
    const origin = new URL(served.url).origin;
    const shell = new AppShell(page);
    const records = new RecordsPage(page);
    const problems: string[] = [];
    let data = await dataStrings(api);
    const check = async (screen: string) => {
      await page.waitForTimeout(200);
      problems.push(...untranslated(await chineseOnScreen(page), data).map((p) => `${screen} | ${p}`));
    };

    await records.open(served.url);
    await shell.switchLanguage();
    await page.getByRole('heading', { level: 1, name: 'Records' }).waitFor();
    await records.rows().first().waitFor();
    await check('records');

    // The import dialog, then the pasted article in the reader with its suggestions.
    await shell.goTo('Sources');
    await page.getByRole('button', { name: 'Import…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await dialog.waitFor();
    await check('import dialog');
    await dialog.getByRole('textbox').fill(MEETING_ARTICLE);
    await dialog.getByRole('button', { name: 'Import the pasted text' }).click();
    await dialog.waitFor({ state: 'hidden' }).catch(() => undefined);
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Close' }).last().click();
    data = await dataStrings(api);
    const article = (await api.sources.list({ text: '新材料产业链专题会议', sort: '-published', page: { offset: 0, limit: 1 } })).rows[0];
    await page.goto(`${origin}/#/sources/${article.id}`);
    await page.locator('article.reader').waitFor();
    await page.locator('.suggestions').first().waitFor();
    await check('source reader');

    const plan = (await api.records.list({ filter: { kinds: ['plan'] }, page: { offset: 0, limit: 1 } })).rows[0];
    await page.goto(`${origin}/#/record/${plan.id}`);
    await page.getByRole('heading', { level: 1, name: 'Edit record' }).waitFor();
    await check('record editor (plan)');
    const meeting = (await api.records.list({ filter: { kinds: ['meeting'] }, page: { offset: 0, limit: 1 } })).rows[0];
    await page.goto(`${origin}/#/record/${meeting.id}`);
    await page.locator('section.editor').getByLabel('Title', { exact: true }).waitFor();
    await check('record editor (meeting)');

    await shell.goTo('Timeline');
    await page.locator('canvas.tl-canvas[data-painted]').waitFor();
    await page.getByRole('button', { name: 'Text list' }).click();
    await page.locator('.tl-list li').first().waitFor();
    await check('timeline by chain');
    for (const by of ['Kind', 'Actors', 'Regions']) {
      await page.locator('.tl-laneby select').selectOption({ label: by });
      await page.locator('.tl-lanes > li').first().waitFor();
      await page.waitForTimeout(300);
      await check(`timeline by ${by}`);
    }
    await page.locator('.tl-head details summary').click();
    await check('timeline saved views');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByRole('dialog', { name: 'Export PDF' }).waitFor();
    await check('timeline export dialog');
    await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Cancel' }).click();

    await shell.goTo('Search');
    await page.getByRole('searchbox').fill('产业链');
    await page.locator('.hit-list li').first().waitFor();
    await check('search');

    await shell.goTo('Dashboard');
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await check('dashboard');

    await shell.goTo('Taxonomies');
    await page.locator('.tree-panel .node-btn').first().click();
    await page.locator('.node-panel form').waitFor();
    await check('taxonomies');

    // The source reader's evidence tools: details form, original text, history.
    await page.goto(`${origin}/#/sources/${article.id}`);
    await page.locator('article.reader').waitFor();
    await page.getByRole('button', { name: 'Edit source details' }).click();
    await page.getByRole('form', { name: 'Edit source details' }).getByLabel('Original URL').fill('not a url');
    await page.getByRole('form', { name: 'Edit source details' }).getByRole('button', { name: 'Save' }).click();
    await page.locator('.source-edit .field-error').waitFor();
    await check('source details form');
    const form = page.getByRole('form', { name: 'Edit source details' });
    await form.getByLabel('Original URL').fill('https://example.org/a.html');
    await form.getByLabel('Outlet').fill('Xinhua');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'hidden' });
    data = await dataStrings(api);
    await page.getByRole('button', { name: 'Original', exact: true }).click();
    await page.locator('pre.reader-original').waitFor();
    await page.locator('.source-history li').first().waitFor();
    await check('source original and history');

    await shell.goTo('People & bodies');
    await page.locator('.actor-list a').first().click();
    await page.locator('.actor-panel form').waitFor();
    await page.locator('.actor-records h3').waitFor();
    await check('people and bodies');
    await page.getByRole('button', { name: 'Merge into…' }).click();
    await page.locator('dialog.merge-dialog .pick-list li').first().waitFor();
    await check('merge dialog');
    await page.keyboard.press('Escape');

    const victims = (await api.records.list({ page: { offset: 0, limit: 2 } })).rows.map((r) => r.id);
    await api.records.delete({ ids: victims });
    await shell.goTo('Trash');
    await page.locator('.trash-table tbody tr').first().waitFor();
    await check('trash');

    await shell.goTo('Backups');
    await page.locator('.backups-table tbody tr').first().waitFor();
    await check('backups');

    await page.locator('main').focus();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await check('shortcut help');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Search records and sources' }).getByRole('combobox').fill('产业');
    await page.getByRole('option').nth(3).waitFor();
    await check('palette');
    await page.keyboard.press('Escape');

    expect(problems).toEqual([]);
  });
});
