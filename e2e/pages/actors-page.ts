import type { Locator, Page } from '@playwright/test';

/** People and bodies: the list with its search and kind filter, the selected actor's form, merge and trash. */
export class ActorsPage {
  constructor(readonly page: Page) {}

  list(): Locator {
    return this.page.getByRole('list', { name: /人物与机构列表|People and bodies/ });
  }

  item(name: string): Locator {
    return this.list().getByRole('link').filter({ has: this.page.locator('.actor-name', { hasText: new RegExp(`^${name}$`) }) });
  }

  names(): Locator {
    return this.list().locator('.actor-name');
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: /按名称或别名查找|Find by name or alias/ }).fill(text);
  }

  panel(): Locator {
    return this.page.locator('.actor-panel');
  }

  async select(name: string) {
    await this.item(name).click();
    await this.panel().getByRole('heading', { level: 2, name }).waitFor();
  }

  nameField(): Locator {
    return this.panel().getByLabel(/^(名称|Name)$/);
  }

  async rename(to: string) {
    await this.nameField().fill(to);
    await this.panel().getByRole('button', { name: /^(保存|Save)$/ }).click();
    await this.panel().getByRole('heading', { level: 2, name: to }).waitFor();
  }

  linkedRecords(): Locator {
    return this.panel().locator('.actor-records li');
  }

  async mergeSelectedInto(target: string) {
    await this.panel().getByRole('button', { name: /合并到…|Merge into…/ }).click();
    const dialog = this.page.locator('dialog.merge-dialog');
    await dialog.getByRole('searchbox').fill(target);
    await dialog.locator('.pick-list button', { has: this.page.locator('span', { hasText: new RegExp(`^${target}$`) }) }).first().click();
    await dialog.getByRole('button', { name: new RegExp(`^(合并|Merge) → ${target}$`) }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
