import type { Locator, Page } from '@playwright/test';

/** The import dialog (选择文件 / 选择文件夹 / paste), its progress and per-file report; labels are the Chinese UI's. */
export class ImportPage {
  constructor(readonly page: Page) {}

  /** Opens the dialog from the Sources header. */
  async open() {
    await this.page.getByRole('button', { name: '导入…' }).first().click();
    await this.dialog().waitFor();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: '导入文章' });
  }

  /** Chooses files (or one folder) in the browser's chooser, which the dialog's buttons open. */
  async choose(mode: 'files' | 'folder', paths: string | string[]) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog().getByRole('button', { name: mode === 'folder' ? '选择文件夹…' : '选择文件…' }).click();
    await (await chooser).setFiles(paths);
  }

  /** Chooses a colleague's bundle: the dialog turns into its preview. */
  async chooseBundle(file: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog().getByRole('button', { name: '合并同事的数据包…' }).click();
    await (await chooser).setFiles(file);
  }

  /** Chooses a table of records (CSV, xlsx): the dialog turns into its mapping step. */
  async chooseTable(file: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog().getByRole('button', { name: '从表格导入记录（CSV / Excel）…' }).click();
    await (await chooser).setFiles(file);
  }

  tableDialog(): Locator {
    return this.page.getByRole('dialog', { name: '从表格导入记录' });
  }

  bundleDialog(): Locator {
    return this.page.getByRole('dialog', { name: '合并数据包' });
  }

  async paste(text: string) {
    await this.dialog().getByRole('textbox').fill(text);
    await this.dialog().getByRole('button', { name: '导入粘贴的文本' }).click();
  }

  progress(): Locator {
    return this.dialog().getByRole('progressbar', { name: '导入进度' });
  }

  progressLine(): Locator {
    return this.dialog().locator('.import-progress-line');
  }

  count(which: 'imported' | 'duplicate' | 'failed'): Locator {
    return this.dialog().locator(`.import-count.${which}`);
  }

  /** Resolves once the run has finished (or been cancelled) and the report shows. */
  async waitDone(timeout = 60_000) {
    await this.dialog().locator('.import-note').waitFor({ timeout });
  }

  note(): Locator {
    return this.dialog().locator('.import-note');
  }

  async cancel() {
    await this.dialog().getByRole('button', { name: '取消导入' }).click();
  }

  report(): Locator {
    return this.dialog().getByRole('table', { name: '逐个文件的结果' });
  }

  /** Report rows rendered now (the report is virtualised). */
  rows(): Locator {
    return this.report().locator('[role="rowgroup"] [role="row"]');
  }

  row(file: string | RegExp): Locator {
    return this.rows().filter({ has: this.page.locator('.import-file', { hasText: file }) });
  }

  async showOnly(filter: '全部' | '仅失败' | '仅重复') {
    await this.dialog().getByRole('radiogroup', { name: '显示' }).getByText(new RegExp(`^${filter}`)).click();
  }

  async close() {
    await this.dialog().getByRole('button', { name: '关闭' }).last().click();
    await this.dialog().waitFor({ state: 'hidden' });
  }
}
