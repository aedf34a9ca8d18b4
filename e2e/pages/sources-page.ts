import type { Locator, Page } from '@playwright/test';

export class SourcesPage {
  constructor(readonly page: Page) {}

  list(): Locator {
    return this.page.getByRole('list', { name: /来源列表|Sources list/ });
  }

  async openNth(n: number) {
    await this.list().getByRole('link').nth(n).click();
    await this.reader().waitFor();
  }

  reader(): Locator {
    return this.page.locator('article.reader');
  }

  paragraphs(): Locator {
    return this.reader().locator('.reader-body p');
  }

  /** Selects a sentence of the body the way a mouse drag would (a DOM range over the rendered text). */
  async selectText(text: string) {
    await this.reader().locator('.reader-body').evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + wanted.length);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(r);
        return;
      }
      throw new Error(`text not found in one run: ${wanted}`);
    }, text);
  }

  async citeSelectionIn(recordTitle: string) {
    await this.reader().getByRole('button', { name: /引用所选文字|Cite the selection/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /引用到记录|Cite in a record/ });
    await dialog.getByRole('searchbox').fill(recordTitle);
    await dialog.getByRole('button', { name: new RegExp(recordTitle.replace(/[()（）《》]/g, '.')) }).first().click();
    await dialog.waitFor({ state: 'hidden' });
  }

  citedMarks(): Locator {
    return this.reader().locator('mark.cited');
  }

  citingRecords(): Locator {
    return this.page.locator('.source-side .citing-list > li');
  }
}
