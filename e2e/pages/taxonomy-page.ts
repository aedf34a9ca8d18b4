import type { Locator, Page } from '@playwright/test';

export class TaxonomyPage {
  constructor(readonly page: Page) {}

  async tab(name: '产业链' | '地区') {
    await this.page.getByRole('tab', { name }).click();
  }

  tree(): Locator {
    return this.page.locator('.tree-panel');
  }

  node(name: string): Locator {
    return this.tree().locator('.node-btn', { has: this.page.locator('.node-name', { hasText: new RegExp(`^${name}$`) }) });
  }

  async find(name: string) {
    await this.tree().getByRole('searchbox').fill(name);
  }

  async select(name: string) {
    await this.find(name);
    await this.node(name).first().click();
    await this.page.locator('.node-panel h2', { hasText: name }).waitFor();
  }

  async mergeSelectedInto(target: string) {
    await this.page.getByRole('button', { name: '合并到…' }).click();
    const dialog = this.page.locator('dialog.merge-dialog');
    await dialog.getByRole('searchbox').fill(target);
    await dialog.getByRole('radio', { name: new RegExp(`^${target}`) }).first().check();
    await dialog.getByRole('button', { name: /^合并/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
