import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { ImportPage } from './pages/import-page';
import { SourcesPage } from './pages/sources-page';

// An article page carrying every way HTML can run code or reach the network.
// Whatever of it survives import must show as inert text.
const hostile = (headline: string, flag: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>${headline}</title>
<script>window.${flag} = 'head'; alert('head');</script>
<meta http-equiv="refresh" content="0;url=http://example.invalid/refresh">
<link rel="stylesheet" href="http://example.invalid/style.css">
<style>@import url(http://example.invalid/import.css); body { background: url(http://example.invalid/bg.png); }</style>
</head>
<body onload="window.${flag}='onload'; alert('onload')">
<nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
<article>
<h1>${headline}</h1>
<p>来源：洛阳网　2023-06-12 22:21:12</p>
<p onclick="window.${flag}='onclick'">6月12日，河南省光电产业链专题会议在郑州召开，研究推动光电产业链培育发展工作。<img src="http://example.invalid/x.png" onerror="window.${flag}='onerror'; alert('img')"></p>
<p>会议指出，要<a href="javascript:window.${flag}='link';alert('link')">强化链主企业带动作用</a>，推动上下游协同发展。<iframe src="http://example.invalid/frame.html" onload="window.${flag}='iframe'"></iframe></p>
<script>window.${flag} = 'body'; fetch('http://example.invalid/beacon');</script>
<p>会议要求，加快建设光电产业集群。<svg onload="window.${flag}='svg'"><script>window.${flag}='svg-script'</script></svg><object data="http://example.invalid/x.swf"></object><embed src="http://example.invalid/x.swf"></p>
<p>示例代码：&lt;img src=x onerror="window.${flag}='escaped'"&gt; 与 &lt;script&gt;window.${flag}='escaped-script'&lt;/script&gt; 应当原样显示为文字。</p>
<p><video src="http://example.invalid/v.mp4" autoplay></video><audio src="http://example.invalid/a.mp3" autoplay></audio><form action="http://example.invalid/post"><input name="q"></form></p>
</article>
</body></html>`;

/** Everything the page did that it must not: requests off 127.0.0.1, dialogs, and flags the article's scripts would set. */
function watch(page: Page) {
  const offHost: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.hostname !== '127.0.0.1') offHost.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { offHost, dialogs };
}

/** The reading view and the panel beside it hold nothing that could run or load. */
async function expectInert(page: Page, flag: string) {
  const found = await page.evaluate((flag) => {
    const roots = [document.querySelector('article.reader'), document.querySelector('.source-side')].filter((r): r is Element => !!r);
    const bad: string[] = [];
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'frame', 'video', 'audio', 'form', 'link', 'meta', 'style', 'svg'].includes(tag)) bad.push(`<${tag}>`);
        if (tag === 'img' && !/^(data:|\/|https?:\/\/127\.0\.0\.1)/.test(el.getAttribute('src') ?? '')) bad.push(`img ${el.getAttribute('src')}`);
        for (const a of el.getAttributeNames()) {
          if (a.startsWith('on')) bad.push(`${tag}[${a}]`);
          if (/^\s*javascript:/i.test(el.getAttribute(a) ?? '')) bad.push(`${tag}[${a}=javascript:]`);
        }
      }
    }
    // Anywhere in the page: only the app's own scripts, no frames.
    for (const s of document.scripts) if (!s.src || new URL(s.src).origin !== location.origin) bad.push(`page script ${s.src || 'inline'}`);
    if (document.querySelector('iframe, object, embed, frame')) bad.push('page frame');
    return { bad, flag: (window as unknown as Record<string, unknown>)[flag], roots: roots.length };
  }, flag);
  expect(found.roots).toBe(2);
  expect(found.bad).toEqual([]);
  expect(found.flag).toBeUndefined();
}

test.describe('imported HTML never runs', () => {
  test('an article with scripts, handlers, javascript: links, remote images and frames is shown as inert text', async ({ page, served }) => {
    const seen = watch(page);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chainline-hostile-'));
    try {
      const file = path.join(dir, 'hostile.html');
      writeFileSync(file, hostile('全省光电产业链专题会议召开（网页）', '__pwnedFile'));
      const shell = new AppShell(page);
      const dialog = new ImportPage(page);
      const sources = new SourcesPage(page);
      await shell.open(served.url);
      await shell.goTo('来源');

      // Through the files path.
      await dialog.open();
      await dialog.choose('files', file);
      await dialog.waitDone();
      await expect(dialog.count('imported')).toHaveText('已导入 1');
      await dialog.row('hostile.html').getByRole('link').click();
      await expect(sources.reader()).toContainText('河南省光电产业链专题会议在郑州召开');
      // Escaped markup in the article is text, shown as written.
      await expect(sources.reader()).toContainText(`<img src=x onerror="window.__pwnedFile='escaped'">`);
      await page.waitForTimeout(1000);
      await expectInert(page, '__pwnedFile');
      await shell.screenshot('import-sanitized');

      // Through paste: the clipboard holds the page's markup as text.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.evaluate((html) => navigator.clipboard.writeText(html), hostile('全省光电产业链专题会议召开（粘贴）', '__pwnedPaste'));
      await page.locator('article.reader .reader-body').click();
      await page.keyboard.press('Control+V');
      await expect(sources.reader().getByRole('heading', { level: 2 })).toHaveText(/粘贴/);
      await expect(sources.reader()).toContainText('河南省光电产业链专题会议在郑州召开');
      await page.waitForTimeout(1000);
      await expectInert(page, '__pwnedPaste');

      expect(seen.offHost).toEqual([]);
      expect(seen.dialogs).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('the inertness probe itself notices markup that could run', async ({ page }) => {
  // Guards the guard: were the reader ever to render article HTML, the checks above must fail.
  await page.setContent(`<article class="reader"><img src="http://example.invalid/x.png" onerror="1"><a href="javascript:1">x</a></article><aside class="source-side"><iframe></iframe></aside>`);
  await expect(expectInert(page, '__never')).rejects.toThrow();
});
