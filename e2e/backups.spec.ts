import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { cli, runCli } from './server';

const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }
};

test.describe('backups', () => {
  // Opened by the server on an existing database: the day's first open takes the daily backup.
  test.use({ seed: [['demo', '--count', '40']] });

  test('lists the backups with the last one, backs up now, restores one after confirming', async ({ page, served }) => {
    const shell = new AppShell(page);
    await shell.open(served.url);
    await expect(page.locator('.sidebar .last-backup')).toContainText('上次备份');
    await shell.nav().getByRole('link', { name: '备份', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '备份' }).waitFor();
    const rows = page.locator('.backups-table tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('每日');
    await expect(rows.first()).toContainText('40 条');

    // A record added after the backup is gone once the backup is restored; the replaced database is kept as a backup.
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect(shell.toast(/已备份/)).toBeVisible();
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('手动');
    await shot(page, 'backups-zh');

    await rows.last().getByRole('button', { name: '恢复' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('当前数据库会先另存为一份备份');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await expect(shell.toast(/已恢复/)).toBeVisible();
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText('恢复前');

    await shell.switchLanguage();
    await page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor();
    await expect(rows.first()).toContainText('Before restore');
    await expect(page.locator('.backup-last')).toContainText('Last backup:');
    await shot(page, 'backups-en');
  });
});

test('a damaged database opens read-only with a banner offering the newest good backup', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chainline-e2e-damaged-'));
  const db = path.join(dir, 'damaged.db');
  let child: ReturnType<typeof spawn> | undefined;
  try {
    await runCli(['--db', db, 'demo', '--count', '80']);
    await runCli(['--db', db, 'backup']);
    const pages = statSync(db).size / 4096;
    const fd = openSync(db, 'r+');
    for (const p of [Math.floor(pages / 2), Math.floor(pages / 3)]) writeSync(fd, Buffer.alloc(300, 0xff), 0, 300, p * 4096);
    closeSync(fd);
    child = spawn(process.execPath, [cli, '--db', db, '--json', 'serve'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child!.stdout! }).once('line', (l) => resolve(JSON.parse(l).url));
      child!.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const shell = new AppShell(page);
    await shell.open(url);
    const banner = page.locator('.db-banner');
    await expect(banner).toContainText('数据库文件已损坏');
    await expect(banner).toContainText('最新的完好备份');
    await shot(page, 'damaged-banner-zh');
    await banner.getByRole('button', { name: '恢复这份备份' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click();
    await expect(shell.toast(/已恢复/)).toBeVisible();
    await expect(banner).toHaveCount(0);
  } finally {
    if (child) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
});
