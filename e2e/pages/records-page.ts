import type { Page } from '@playwright/test';

export class RecordsPage {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: '记录' }).waitFor();
  }

  rows() {
    return this.page.locator('table.records tbody tr');
  }

  async create(r: { kind?: string; title: string; date?: string; chains?: string; regions?: string }) {
    await this.page.getByRole('button', { name: '新建记录' }).click();
    const form = this.page.getByRole('form', { name: '新建记录' });
    if (r.kind) await form.getByLabel('类型').selectOption(r.kind);
    await form.getByLabel('标题').fill(r.title);
    if (r.date) await form.getByLabel('日期').fill(r.date);
    if (r.chains) await form.getByLabel('产业链').fill(r.chains);
    if (r.regions) await form.getByLabel('地区').fill(r.regions);
    await form.getByRole('button', { name: '保存' }).click();
  }
}
