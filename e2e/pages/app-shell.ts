import type { Page } from '@playwright/test';

export type ScreenName = '记录' | '时间线' | '来源' | '搜索' | '概览' | '分类' | '回收站' | '备份' | '人物与机构' | 'People & bodies' | 'Records' | 'Timeline' | 'Sources' | 'Search' | 'Dashboard' | 'Taxonomies' | 'Trash' | 'Backups';

/** The frame around every screen: navigation, language, palette, toasts. */
export class AppShell {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await this.page.getByRole('navigation').waitFor();
  }

  nav() {
    return this.page.getByRole('navigation');
  }

  async goTo(screen: ScreenName) {
    await this.nav().getByRole('link', { name: screen, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: screen }).waitFor();
  }

  async switchLanguage() {
    await this.nav().locator('.lang-switch').click();
  }

  toast(text?: string | RegExp) {
    const t = this.page.locator('.toast');
    return text ? t.filter({ hasText: text }) : t;
  }

  async undoFromToast() {
    await this.page.locator('.toast .toast-action').first().click();
  }

  async screenshot(name: string) {
    // Hover effects and toasts come and go; the artefact should show the screen itself.
    await this.page.mouse.move(0, 0);
    const close = this.page.locator('.toast .icon-btn');
    for (let i = 0; i < 6 && (await close.count()) > 0; i++) await close.first().click({ timeout: 1000 }).catch(() => undefined);
    await this.page.screenshot({ path: `e2e/artifacts/${name}.png` });
  }
}
