import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportBatch } from '../../api/contract/imports';
import type { ShellHandlers } from '../shared/shell-contract';
import { createMenuActions } from './menu-actions';
import { settingsStore } from './settings';
import { STRINGS } from './strings';

const tick = () => new Promise((r) => setImmediate(r));

const calls: unknown[] = [];

function setup(shell: Partial<ShellHandlers>) {
  const said: string[] = [];
  calls.length = 0;
  const record = (name: string, result: unknown) => async (args: unknown) => (calls.push([name, args]), result);
  const actions = createMenuActions({
    shell: { ...(Object.fromEntries(['newDatabase', 'openDatabase', 'openRecent', 'importFiles', 'importFolder', 'exportPdf', 'exportData'].map((n) => [n, record(n, null)]))), ...shell } as ShellHandlers,
    strings: () => STRINGS.zh,
    lang: () => 'zh',
    settings: settingsStore('/nonexistent/dir/settings.json'),
    currentFile: () => '/r/芯片.db',
    refreshMenu: () => said.push('menu'),
    showItemInFolder: (f) => said.push(`show ${f}`),
    about: () => said.push('about'),
    info: (m, d) => said.push(`info ${m}${d ? ` | ${d}` : ''}`),
    error: (t, b) => said.push(`error ${t}: ${b}`),
  });
  return { actions, said };
}

describe('menu actions', () => {
  it('menu exports cover the whole project, PDF in the UI language, and say where the file went', async () => {
    const { actions, said } = setup({ exportPdf: async (a) => (calls.push(['exportPdf', a]), { file: '/d/t.pdf', pages: 2 }) });
    actions.exportPdf();
    actions.exportCsv();
    await tick();
    const [, pdfArgs] = calls[0] as [string, { view: { lang: string; filter: object; title: string } }];
    assert.equal(pdfArgs.view.lang, 'zh');
    assert.deepEqual(pdfArgs.view.filter, {});
    assert.deepEqual(calls[1], ['exportData', { format: 'csv', filter: {} }]);
    assert.deepEqual(said, ['info 已保存到 /d/t.pdf']);
  });

  it('reports an import with its counts and the failed files', async () => {
    const batch: ImportBatch = {
      counts: { imported: 1, duplicate: 1, failed: 1 },
      results: [
        { file: '/a/ok.html', status: 'imported' },
        { file: '/a/dup.html', status: 'duplicate' },
        { file: '/a/坏.docx', status: 'failed', error: 'corrupt zip' },
      ] as ImportBatch['results'],
    };
    const { actions, said } = setup({ importFiles: async () => batch });
    actions.importFiles();
    await tick();
    assert.deepEqual(said, ['info 已导入 1 篇，重复 1 篇，失败 1 篇。 | 导入失败的文件：\n坏.docx: corrupt zip']);
  });

  it('shows failures in a message box instead of losing them', async () => {
    const { actions, said } = setup({ exportData: async () => { throw new Error('disk full'); } });
    actions.exportJson();
    await tick();
    assert.deepEqual(said, ['error 导出失败: disk full']);
  });

  it('cancelled dialogs say nothing; clearing the recent list rebuilds the menu', async () => {
    const { actions, said } = setup({});
    actions.openDatabase();
    actions.importFolder();
    actions.exportPdf();
    await tick();
    assert.deepEqual(said, []);
    actions.clearRecent();
    actions.showDatabase();
    actions.about();
    assert.deepEqual(said, ['menu', 'show /r/芯片.db', 'about']);
  });
});
