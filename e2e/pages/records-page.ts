import type { Locator, Page } from '@playwright/test';

export class RecordsPage {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await this.page.getByRole('heading', { level: 1, name: /^(记录|Records)$/ }).waitFor();
  }

  grid(): Locator {
    return this.page.getByRole('grid');
  }

  /** Rows rendered right now (the grid is virtualised: rows far off screen are not in the DOM). */
  rows(): Locator {
    return this.grid().locator('[role="row"]:not(.head)');
  }

  row(title: string | RegExp): Locator {
    return this.rows().filter({ hasText: title });
  }

  /** The "N 条记录" count beside the heading. */
  count(): Locator {
    return this.page.locator('.screen-head .muted').first();
  }

  filters(): Locator {
    return this.page.getByRole('search', { name: /筛选|Filters/ });
  }

  /** Exports the filtered records from the screen's 导出… menu; resolves with the browser's download. */
  async exportAs(format: 'CSV' | 'Excel' | 'JSON' | '数据包' | '引用文献 CSL-JSON' | '引用文献 RIS' | '引用文献 BibTeX' | 'Markdown') {
    await this.page.getByRole('button', { name: /^(导出…|Export…)$/ }).click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: new RegExp(`^${format}`) }).click();
    return download;
  }

  async filterText(text: string) {
    await this.filters().getByPlaceholder(/标题、摘要|Title, summary/).fill(text);
  }

  /** Chooses a node in the chain or region picker of the filter bar by typing its name. */
  async filterTree(which: '产业链' | '地区', name: string) {
    const group = this.filters().getByRole('group', { name: which, exact: true });
    await group.getByRole('button', { name: `${which}: 选择…` }).click();
    const panel = group.locator('.popover-panel');
    await panel.getByRole('searchbox').fill(name);
    await panel.getByRole('checkbox', { name: new RegExp(`^${name}`) }).first().check();
    await this.page.keyboard.press('Escape');
  }

  async newRecord(kind: '会议' | '规划' | '措施') {
    await this.page.getByRole('button', { name: `新建${kind}` }).click();
    await this.page.getByRole('heading', { level: 1, name: '新建记录' }).waitFor();
  }

  async select(title: string) {
    await this.row(title).getByRole('checkbox').check();
  }
}
