import type { Locator, Page } from '@playwright/test';

export class TrashPage {
  constructor(readonly page: Page) {}

  row(title: string): Locator {
    return this.page.locator('.trash-table tbody tr', { hasText: title });
  }

  async restore(title: string) {
    await this.row(title).getByRole('button', { name: `恢复 ${title}` }).click();
  }
}
