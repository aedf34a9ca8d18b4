import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type MenuActions } from './menu';

const calls: string[] = [];
const actions = new Proxy({} as MenuActions, { get: (_, name: string) => (...args: unknown[]) => calls.push([name, ...args].join(':')) });

const build = (lang: 'zh' | 'en', platform: NodeJS.Platform, o: { recent?: string[]; devTools?: boolean } = {}) =>
  menuTemplate({ lang, platform, recent: o.recent ?? [], devTools: o.devTools ?? false, actions });

const sub = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label);
const find = (items: MenuItemConstructorOptions[], pred: (i: MenuItemConstructorOptions) => boolean): MenuItemConstructorOptions | undefined => {
  for (const i of items) {
    if (pred(i)) return i;
    const inner = find(sub(i), pred);
    if (inner) return inner;
  }
  return undefined;
};
const byId = (items: MenuItemConstructorOptions[], id: string) => find(items, (i) => i.id === id);
const byRole = (items: MenuItemConstructorOptions[], role: string) => find(items, (i) => i.role === role);

describe('application menu', () => {
  it('has File, Edit, View, Window, Help in Chinese on Windows and Linux, with mnemonics', () => {
    for (const platform of ['win32', 'linux'] as const) {
      assert.deepEqual(labels(build('zh', platform)), ['文件(&F)', '编辑(&E)', '视图(&V)', '窗口(&W)', '帮助(&H)']);
    }
  });

  it('has them in English, and on macOS an app menu first and no mnemonics', () => {
    assert.deepEqual(labels(build('en', 'win32')), ['&File', '&Edit', '&View', '&Window', '&Help']);
    assert.deepEqual(labels(build('en', 'darwin')), ['Chainline', 'File', 'Edit', 'View', 'Window', 'Help']);
    assert.deepEqual(labels(build('zh', 'darwin')), ['链策 Chainline', '文件', '编辑', '视图', '窗口', '帮助']);
  });

  it('File items carry the usual shortcuts, in both languages', () => {
    const expected: [string, string | undefined, string, string][] = [
      ['new-database', 'CmdOrCtrl+Shift+N', '新建数据库…', 'New Database…'],
      ['open-database', 'CmdOrCtrl+O', '打开数据库…', 'Open Database…'],
      ['import-files', 'CmdOrCtrl+I', '导入文件…', 'Import Files…'],
      ['import-folder', undefined, '导入文件夹…', 'Import Folder…'],
      ['export-pdf', 'CmdOrCtrl+P', '时间线 PDF…', 'Timeline PDF…'],
      ['export-json', undefined, '全部记录 JSON…', 'All Records as JSON…'],
      ['export-csv', undefined, '全部记录 CSV…', 'All Records as CSV…'],
    ];
    for (const [id, accelerator, zh, en] of expected) {
      assert.equal(byId(build('zh', 'linux'), id)?.label, zh, id);
      assert.equal(byId(build('en', 'linux'), id)?.label, en, id);
      assert.equal(byId(build('en', 'darwin'), id)?.accelerator, accelerator, id);
    }
  });

  it('no shortcut is taken twice, and none clashes with the app\'s own (Ctrl+K palette, Ctrl+S save)', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const accels: string[] = [];
      find(build('en', platform, { devTools: true }), (i) => (i.accelerator ? void accels.push(String(i.accelerator)) : undefined, false));
      assert.equal(new Set(accels).size, accels.length, accels.join(' '));
      for (const taken of ['CmdOrCtrl+K', 'CmdOrCtrl+S']) assert.ok(!accels.includes(taken), taken);
    }
  });

  it('Edit and View use Electron roles (which bring the platform shortcuts), labelled in the UI language', () => {
    const zh = build('zh', 'win32');
    const wanted: [string, string][] = [['undo', '撤销'], ['redo', '重做'], ['cut', '剪切'], ['copy', '复制'], ['paste', '粘贴'], ['selectAll', '全选'],
      ['reload', '重新载入'], ['resetZoom', '实际大小'], ['zoomIn', '放大'], ['zoomOut', '缩小'], ['togglefullscreen', '全屏'], ['minimize', '最小化'], ['close', '关闭窗口'], ['quit', '退出链策']];
    for (const [role, label] of wanted) assert.equal(byRole(zh, role)?.label, label, role);
    assert.equal(byRole(build('en', 'linux'), 'copy')?.label, 'Copy');
  });

  it('Quit sits in File on Windows and Linux and in the app menu on macOS', () => {
    assert.ok(sub(build('en', 'win32')[0]).some((i) => i.role === 'quit'));
    const mac = build('en', 'darwin');
    assert.ok(!sub(mac[1]).some((i) => i.role === 'quit'));
    assert.ok(sub(mac[0]).some((i) => i.role === 'quit'));
  });

  it('offers developer tools only in development builds', () => {
    assert.equal(byRole(build('en', 'linux'), 'toggleDevTools'), undefined);
    assert.ok(byRole(build('en', 'linux', { devTools: true }), 'toggleDevTools'));
  });

  it('lists recent files (a & in a path stays literal) and runs the actions', () => {
    const menu = build('en', 'win32', { recent: ['C:\\Research\\R&D 芯片.db', 'D:\\电池.db'] });
    const recent = sub(byId(menu, 'open-recent'));
    assert.deepEqual(labels(recent), ['C:\\Research\\R&&D 芯片.db', 'D:\\电池.db', undefined, 'Clear Menu']);
    calls.length = 0;
    (recent[0].click as () => void)();
    (recent[3].click as () => void)();
    (byId(menu, 'about')!.click as () => void)();
    (byId(menu, 'export-csv')!.click as () => void)();
    assert.deepEqual(calls, ['openRecent:C:\\Research\\R&D 芯片.db', 'clearRecent', 'about', 'exportCsv']);
    assert.deepEqual(labels(sub(byId(build('zh', 'linux'), 'open-recent'))), ['（无）']);
  });

  it('has an about item with the version in the Help menu (and the app menu on macOS)', () => {
    assert.equal(byId(build('zh', 'win32'), 'about')?.label, '关于链策');
    const mac = build('en', 'darwin');
    assert.equal(sub(mac[0])[0].label, 'About Chainline');
  });
});
