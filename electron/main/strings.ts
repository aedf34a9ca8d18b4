import type { Lang } from '../shared/shell-contract';

/** Everything the main process says, in the UI's two languages (the renderer has its own i18n). */
export interface Strings {
  appName: string;
  menu: {
    file: string;
    newDatabase: string;
    openDatabase: string;
    openRecent: string;
    noRecent: string;
    clearRecent: string;
    importFiles: string;
    importFolder: string;
    export: string;
    exportPdf: string;
    exportJson: string;
    exportCsv: string;
    showDatabase: string;
    closeWindow: string;
    quit: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    pasteAndMatchStyle: string;
    delete: string;
    selectAll: string;
    view: string;
    reload: string;
    toggleDevTools: string;
    actualSize: string;
    zoomIn: string;
    zoomOut: string;
    toggleFullScreen: string;
    window: string;
    minimize: string;
    zoom: string;
    front: string;
    help: string;
    about: string;
    services: string;
    hide: string;
    hideOthers: string;
    unhide: string;
  };
  dialog: {
    openDatabase: string;
    newDatabase: string;
    newDatabaseName: string;
    importFiles: string;
    importFolder: string;
    exportPdf: string;
    exportJson: string;
    exportCsv: string;
    databaseFiles: string;
    articles: string;
    pdf: string;
    json: string;
    csv: string;
    allFiles: string;
    ok: string;
  };
  message: {
    leaveTitle: string;
    leaveBody: string;
    leave: string;
    stay: string;
    cannotOpen: string;
    notSqlite: (file: string) => string;
    foreign: (file: string) => string;
    missing: (file: string) => string;
    alreadyOpen: string;
    importFailed: string;
    importDone: (c: { imported: number; duplicate: number; failed: number }) => string;
    importFailures: string;
    exportFailed: string;
    exported: (file: string) => string;
    aboutDetail: (v: { version: string; electron: string; chrome: string; node: string; database: string }) => string;
  };
}

const zh: Strings = {
  appName: '链策 Chainline',
  menu: {
    file: '文件(&F)',
    newDatabase: '新建数据库…',
    openDatabase: '打开数据库…',
    openRecent: '最近打开',
    noRecent: '（无）',
    clearRecent: '清除列表',
    importFiles: '导入文件…',
    importFolder: '导入文件夹…',
    export: '导出',
    exportPdf: '时间线 PDF…',
    exportJson: '全部记录 JSON…',
    exportCsv: '全部记录 CSV…',
    showDatabase: '在文件夹中显示数据库',
    closeWindow: '关闭窗口',
    quit: '退出链策',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    pasteAndMatchStyle: '粘贴并匹配样式',
    delete: '删除',
    selectAll: '全选',
    view: '视图(&V)',
    reload: '重新载入',
    toggleDevTools: '开发者工具',
    actualSize: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '全屏',
    window: '窗口(&W)',
    minimize: '最小化',
    zoom: '缩放',
    front: '全部置于顶层',
    help: '帮助(&H)',
    about: '关于链策',
    services: '服务',
    hide: '隐藏链策',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
  },
  dialog: {
    openDatabase: '打开数据库',
    newDatabase: '新建数据库',
    newDatabaseName: '新研究项目.db',
    importFiles: '导入文章文件',
    importFolder: '导入文件夹中的文章',
    exportPdf: '导出时间线 PDF',
    exportJson: '导出 JSON',
    exportCsv: '导出 CSV',
    databaseFiles: '链策数据库',
    articles: '文章（文本、网页、Markdown、Word、PDF）',
    pdf: 'PDF 文档',
    json: 'JSON',
    csv: 'CSV（Excel 可打开）',
    allFiles: '所有文件',
    ok: '确定',
  },
  message: {
    leaveTitle: '有未保存的修改',
    leaveBody: '记录编辑器中有尚未保存的修改。仍要离开吗？',
    leave: '离开（放弃修改）',
    stay: '留下',
    cannotOpen: '无法打开数据库',
    notSqlite: (f) => `“${f}”不是 SQLite 数据库文件。`,
    foreign: (f) => `“${f}”是其他程序的 SQLite 数据库，链策不会改动它。`,
    missing: (f) => `找不到“${f}”，已从最近打开列表中移除。`,
    alreadyOpen: '不能用新数据库替换当前打开的数据库。',
    importFailed: '导入失败',
    importDone: (c) => `已导入 ${c.imported} 篇，重复 ${c.duplicate} 篇，失败 ${c.failed} 篇。`,
    importFailures: '导入失败的文件：',
    exportFailed: '导出失败',
    exported: (f) => `已保存到 ${f}`,
    aboutDetail: (v) => `版本 ${v.version}\nElectron ${v.electron} · Chromium ${v.chrome} · Node ${v.node}\n\n当前数据库：${v.database}\n\n产业链政策研究记录（离线）`,
  },
};

const en: Strings = {
  appName: 'Chainline',
  menu: {
    file: '&File',
    newDatabase: 'New Database…',
    openDatabase: 'Open Database…',
    openRecent: 'Open Recent',
    noRecent: '(none)',
    clearRecent: 'Clear Menu',
    importFiles: 'Import Files…',
    importFolder: 'Import Folder…',
    export: 'Export',
    exportPdf: 'Timeline PDF…',
    exportJson: 'All Records as JSON…',
    exportCsv: 'All Records as CSV…',
    showDatabase: 'Show Database in Folder',
    closeWindow: 'Close Window',
    quit: 'Quit Chainline',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
    view: '&View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    window: '&Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    help: '&Help',
    about: 'About Chainline',
    services: 'Services',
    hide: 'Hide Chainline',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
  dialog: {
    openDatabase: 'Open Database',
    newDatabase: 'New Database',
    newDatabaseName: 'New research project.db',
    importFiles: 'Import Article Files',
    importFolder: 'Import the Articles in a Folder',
    exportPdf: 'Export Timeline PDF',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    databaseFiles: 'Chainline databases',
    articles: 'Articles (text, web pages, Markdown, Word, PDF)',
    pdf: 'PDF documents',
    json: 'JSON',
    csv: 'CSV (opens in Excel)',
    allFiles: 'All files',
    ok: 'OK',
  },
  message: {
    leaveTitle: 'Unsaved changes',
    leaveBody: 'The record editor has changes that are not saved. Leave anyway?',
    leave: 'Leave (discard changes)',
    stay: 'Stay',
    cannotOpen: 'Cannot open the database',
    notSqlite: (f) => `“${f}” is not an SQLite database file.`,
    foreign: (f) => `“${f}” is another program’s SQLite database; Chainline leaves it alone.`,
    missing: (f) => `“${f}” was not found and has been removed from the recent list.`,
    alreadyOpen: 'The database that is open cannot be replaced by a new one.',
    importFailed: 'Import failed',
    importDone: (c) => `Imported ${c.imported}, duplicates ${c.duplicate}, failed ${c.failed}.`,
    importFailures: 'Files that failed:',
    exportFailed: 'Export failed',
    exported: (f) => `Saved to ${f}`,
    aboutDetail: (v) => `Version ${v.version}\nElectron ${v.electron} · Chromium ${v.chrome} · Node ${v.node}\n\nDatabase: ${v.database}\n\nAn offline research log of industrial-chain policy.`,
  },
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

/** The UI language for a system locale list, as the renderer picks it (Chinese if the first is Chinese). */
export function langFor(locales: readonly string[]): Lang {
  return (locales[0] ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
