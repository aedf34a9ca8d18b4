import type { Locator, Page } from '@playwright/test';

/** The record editor (会议 / 规划 / 措施). Labels are the Chinese UI's. */
export class EditorPage {
  constructor(readonly page: Page) {}

  form(): Locator {
    return this.page.locator('section.editor form');
  }

  async fill(f: { title?: string; date?: string; dateEnd?: string; status?: string; summary?: string }) {
    const form = this.form();
    if (f.title !== undefined) await form.getByLabel('标题', { exact: true }).fill(f.title);
    if (f.date !== undefined) await form.getByLabel(/^(日期|开始)$/).fill(f.date);
    if (f.dateEnd !== undefined) await form.getByLabel('结束（可选）').fill(f.dateEnd);
    if (f.status !== undefined) await form.getByLabel('状态', { exact: true }).selectOption({ label: f.status });
    if (f.summary !== undefined) await form.getByLabel('摘要').fill(f.summary);
  }

  /** Picks a chain or region by typing into the tree picker's search box. */
  async pickNode(which: '产业链' | '地区', name: string) {
    const group = this.form().getByRole('group', { name: which, exact: true });
    await group.getByRole('button', { name: `${which}: 选择…` }).click();
    const panel = group.locator('.popover-panel');
    await panel.getByRole('searchbox').fill(name);
    await panel.getByRole('checkbox', { name: new RegExp(`^${name}`) }).first().check();
    await this.page.keyboard.press('Escape');
  }

  async addTarget(t: { metric: string; value: string; unit: string; deadline?: string }) {
    await this.form().getByRole('button', { name: '+ 添加目标' }).click();
    const card = this.form().locator('.target-card').last();
    await card.getByLabel('指标', { exact: true }).fill(t.metric);
    await card.getByLabel('目标值').fill(t.value);
    await card.getByLabel('单位', { exact: true }).fill(t.unit);
    if (t.deadline) await card.getByLabel('期限').fill(t.deadline);
    return card;
  }

  async addProgress(card: Locator, p: { on: string; value: string }) {
    await card.getByRole('button', { name: '+ 添加进展' }).click();
    const row = card.locator('.progress tbody tr').last();
    await row.getByRole('textbox').nth(0).fill(p.on);
    await row.getByRole('textbox').nth(1).fill(p.value);
  }

  async save() {
    await this.form().getByRole('button', { name: '保存', exact: true }).click();
  }

  saveState(): Locator {
    return this.page.locator('.save-state');
  }

  /** The editor's back button: it returns to the screen the record was opened from (← 记录, ← 时间线, ← 来源 …). */
  async back() {
    await this.page.locator('.editor-head').getByRole('button', { name: /^← / }).click();
  }
}
