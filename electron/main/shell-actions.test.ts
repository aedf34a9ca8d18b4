import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import readXlsxFile from 'read-excel-file/node';
import { dispatch } from '../../api/dispatch';
import { tempDir } from '../../db/test-helpers';
import type { Notice } from '../shared/channels';
import { shellInputs, type ShellHandlers } from '../shared/shell-contract';
import { classifyDatabaseFile } from './database-file';
import { GrantedPaths } from './granted-paths';
import { CurrentProject, openProject } from './project';
import { settingsStore } from './settings';
import { createShellHandlers, type ShellDeps } from './shell-actions';
import { STRINGS } from './strings';
import { writeFileAtomic } from './write-file';

const tmp = tempDir('chainline-shell-');
after(() => tmp.cleanup());

let n = 0;
interface Rig {
  dir: string;
  shell: ShellHandlers;
  current: CurrentProject;
  /** Answers the next dialogs will give, in order (null: the user cancelled). */
  answers: (string[] | string | null)[];
  dialogsShown: (OpenDialogOptions | SaveDialogOptions)[];
  errors: string[];
  trashed: string[];
  notices: Notice[];
  loads: number;
  /** What leavePage answers: false is "the user chose to stay with unsaved changes". */
  leave: boolean;
  changed: string[];
  printed: unknown[];
  settings: ReturnType<typeof settingsStore>;
  granted: GrantedPaths;
}

function rig(): Rig {
  const dir = path.join(tmp.dir, `rig${++n}`);
  mkdirSync(path.join(dir, 'trash'), { recursive: true });
  const open = (file: string) => openProject(file, { version: '0.0.0-test' });
  const r = { dir, answers: [], dialogsShown: [], errors: [], trashed: [], notices: [], loads: 0, leave: true, changed: [], printed: [] } as unknown as Rig;
  r.current = new CurrentProject(open(path.join(dir, 'first.db')));
  r.settings = settingsStore(path.join(dir, 'settings.json'));
  r.granted = new GrantedPaths('linux');
  const deps: ShellDeps = {
    strings: () => STRINGS.en,
    documentsDir: dir,
    project: r.current,
    openProject: open,
    classify: classifyDatabaseFile,
    exists: existsSync,
    trash: async (file) => {
      r.trashed.push(path.basename(file));
      renameSync(file, path.join(dir, 'trash', path.basename(file)));
    },
    dialogs: {
      open: async (o) => (r.dialogsShown.push(o), r.answers.shift() as string[] | null),
      save: async (o) => (r.dialogsShown.push(o), r.answers.shift() as string | null),
      error: (title, body) => r.errors.push(`${title}: ${body}`),
    },
    leavePage: async () => r.leave,
    loadApp: async () => void r.loads++,
    print: async (view) => {
      r.printed.push(view);
      return { pdf: new TextEncoder().encode('%PDF-1.7 fake'), summary: { pages: 3, records: 1, timelinePages: 1 } };
    },
    writeFile: writeFileAtomic,
    settings: r.settings,
    databaseChanged: (file) => r.changed.push(path.basename(file)),
    languageChanged: () => {},
    busy: () => {},
    notify: (notice) => r.notices.push(notice),
    granted: r.granted,
    platform: 'linux',
  };
  r.shell = createShellHandlers(deps);
  return r;
}

let r: Rig;
beforeEach(() => (r = rig()));
afterEach(() => r.current.close());
const addRecord = async (title: string) => assert.equal((await dispatch(r.current.handlers(), 'records.save', { record: { kind: 'meeting', title } })).ok, true);

describe('shell: database files', () => {
  it('opens another Chainline database, switches the back end to it and remembers it', async () => {
    const other = path.join(r.dir, 'other.db');
    openProject(other, { version: 't' }).close();
    r.answers.push([other]);
    assert.deepEqual(await r.shell.openDatabase({}), { file: other });
    assert.equal(r.current.file, other);
    assert.equal(r.loads, 1, 'the page is reloaded onto the new data');
    assert.deepEqual(r.settings.get().recent, [other]);
    assert.equal(r.settings.get().lastDatabase, other);
    assert.deepEqual(r.changed, ['other.db'], 'title bar and menu follow');
    assert.equal((r.dialogsShown[0] as OpenDialogOptions).properties?.includes('openFile'), true);
  });

  it('refuses files that are not Chainline databases and keeps the current one', async () => {
    writeFileSync(path.join(r.dir, 'notes.db'), 'plain text, not a database');
    r.answers.push([path.join(r.dir, 'notes.db')]);
    assert.equal(await r.shell.openDatabase({}), null);
    assert.match(r.errors[0], /not an SQLite database/);
    assert.equal(path.basename(r.current.file), 'first.db');
    assert.equal(r.loads, 0, 'the page was not touched');
  });

  it('cancelling the dialog, or staying with unsaved changes, changes nothing', async () => {
    r.answers.push(null);
    assert.equal(await r.shell.openDatabase({}), null);
    const other = path.join(r.dir, 'other.db');
    openProject(other, { version: 't' }).close();
    r.leave = false;
    r.answers.push([other]);
    assert.equal(await r.shell.openDatabase({}), null);
    assert.equal(path.basename(r.current.file), 'first.db');
    assert.deepEqual(r.settings.get().recent, []);
  });

  it('creates a new database; a file the user agreed to replace goes to the trash, with its WAL files', async () => {
    const target = path.join(r.dir, '电池产业链');
    writeFileSync(`${target}.db`, 'old');
    writeFileSync(`${target}.db-wal`, 'old wal');
    r.answers.push(`${target}.db`);
    const res = await r.shell.newDatabase({});
    assert.deepEqual(res, { file: `${target}.db` });
    assert.deepEqual(r.trashed.sort(), ['电池产业链.db', '电池产业链.db-wal']);
    assert.equal(classifyDatabaseFile(`${target}.db`), 'chainline');
    assert.equal(r.current.file, `${target}.db`);
    assert.ok((r.dialogsShown[0] as SaveDialogOptions).properties?.includes('showOverwriteConfirmation'));
  });

  it('adds the .db extension to a name typed without it', async () => {
    r.answers.push(path.join(r.dir, '光伏'));
    assert.deepEqual(await r.shell.newDatabase({}), { file: path.join(r.dir, '光伏.db') });
    assert.deepEqual(r.trashed, []);
  });

  it('will not replace the database that is open', async () => {
    r.answers.push(r.current.file);
    assert.equal(await r.shell.newDatabase({}), null);
    assert.match(r.errors[0], /cannot be replaced/);
    assert.deepEqual(r.trashed, []);
  });

  it('reopens recent files, but only files in the list the main process keeps', async () => {
    const other = path.join(r.dir, 'other.db');
    openProject(other, { version: 't' }).close();
    r.answers.push([other]);
    await r.shell.openDatabase({});
    await assert.rejects(r.shell.openRecent({ file: path.join(r.dir, 'first.db') }), /not in the recent files list/);
    await assert.rejects(r.shell.openRecent({ file: '/etc/passwd' }), /not in the recent files list/);
    assert.deepEqual(await r.shell.recentFiles({}), [other]);
    assert.deepEqual(await r.shell.openRecent({ file: other }), { file: other }, 'the open one: nothing to do');
  });

  it('a recent file that has gone is dropped from the list with a message', async () => {
    const gone = path.join(r.dir, 'gone.db');
    openProject(gone, { version: 't' }).close();
    r.answers.push([gone]);
    await r.shell.openDatabase({});
    r.answers.push([path.join(r.dir, 'first.db')]);
    await r.shell.openDatabase({});
    renameSync(gone, path.join(r.dir, 'moved.db'));
    assert.equal(await r.shell.openRecent({ file: gone }), null);
    assert.match(r.errors.at(-1)!, /was not found/);
    assert.deepEqual(r.settings.get().recent, [path.join(r.dir, 'first.db')]);
  });
});

describe('shell: import dialogs', () => {
  it('imports the chosen files through imports.paths and tells the page', async () => {
    const article = path.join(r.dir, 'article.txt');
    writeFileSync(article, '工信部召开集成电路产业链推进会\n\n2023年6月12日，工业和信息化部在北京召开集成电路产业链推进会，会议强调要加快补链强链。\n'.repeat(3));
    r.answers.push([article, path.join(r.dir, 'missing.txt')]);
    const batch = await r.shell.importFiles({});
    assert.ok(batch);
    assert.equal(batch.results.length, 2);
    assert.equal(batch.counts.failed, 1, 'the missing file fails alone');
    assert.equal(batch.counts.imported + batch.counts.duplicate, 1, JSON.stringify(batch.results[0]));
    assert.deepEqual(r.notices, [{ kind: 'imported', counts: batch.counts }]);
    assert.deepEqual((r.dialogsShown[0] as OpenDialogOptions).properties, ['openFile', 'multiSelections']);
  });

  it('picking paths for the page only asks, and grants what was chosen to imports.paths', async () => {
    const folder = path.join(r.dir, 'articles');
    r.answers.push([folder], null);
    assert.deepEqual(await r.shell.pickImportPaths({ mode: 'folder' }), [folder]);
    assert.deepEqual((r.dialogsShown[0] as OpenDialogOptions).properties, ['openDirectory']);
    assert.equal(r.granted.allows(path.join(folder, 'sub', 'a.html')), true);
    assert.equal(await r.shell.pickImportPaths({ mode: 'files' }), null);
    assert.equal(r.granted.allows(path.join(r.dir, 'first.db')), false);
    assert.deepEqual(r.notices, [], 'nothing imported yet');
  });

  it('a cancelled dialog imports nothing; folders are chosen with a folder dialog', async () => {
    r.answers.push(null);
    assert.equal(await r.shell.importFolder({}), null);
    assert.deepEqual((r.dialogsShown[0] as OpenDialogOptions).properties, ['openDirectory']);
    assert.deepEqual(r.notices, []);
  });
});

describe('shell: export dialogs', () => {
  it('prints the view, then writes the PDF where the user chose', async () => {
    const target = path.join(r.dir, 'timeline');
    r.answers.push(target);
    const view = shellInputs.exportPdf.parse({ view: { title: '集成电路 2023', lang: 'zh' } }).view;
    assert.deepEqual(await r.shell.exportPdf({ view }), { file: `${target}.pdf`, pages: 3 });
    assert.equal(readFileSync(`${target}.pdf`, 'utf8'), '%PDF-1.7 fake');
    assert.deepEqual(r.printed, [view]);
    const dialog = r.dialogsShown[0] as SaveDialogOptions;
    assert.match(path.basename(dialog.defaultPath!), /^集成电路 2023 \d{4}-\d\d-\d\d\.pdf$/);
    assert.ok(dialog.properties?.includes('showOverwriteConfirmation'), 'the OS dialog asks before replacing');
  });

  it('cancelling prints and writes nothing', async () => {
    r.answers.push(null);
    assert.equal(await r.shell.exportPdf(shellInputs.exportPdf.parse({ view: {} })), null);
    assert.deepEqual(r.printed, []);
  });

  it('never lands on a file the dialog did not ask about', async () => {
    writeFileSync(path.join(r.dir, 'report.pdf'), 'precious');
    r.answers.push(path.join(r.dir, 'report'));
    const res = await r.shell.exportPdf(shellInputs.exportPdf.parse({ view: {} }));
    assert.equal(res?.file, path.join(r.dir, 'report'), 'kept as typed (and confirmed)');
    assert.equal(readFileSync(path.join(r.dir, 'report.pdf'), 'utf8'), 'precious');
  });

  it('exports the filtered records as CSV and JSON', async () => {
    await addRecord('新能源汽车产业链推进会');
    await addRecord('集成电路产业链推进会');
    r.answers.push(path.join(r.dir, 'all.csv'));
    assert.deepEqual(await r.shell.exportData(shellInputs.exportData.parse({ format: 'csv' })), { file: path.join(r.dir, 'all.csv'), records: 2 });
    const csv = readFileSync(path.join(r.dir, 'all.csv'), 'utf8');
    assert.ok(csv.startsWith('\uFEFFid,'));
    assert.match(csv, /新能源汽车产业链推进会/);
    r.answers.push(path.join(r.dir, 'chips.json'));
    const res = await r.shell.exportData(shellInputs.exportData.parse({ format: 'json', filter: { text: '集成电路' } }));
    assert.equal(res?.records, 1);
    const doc = JSON.parse(readFileSync(path.join(r.dir, 'chips.json'), 'utf8'));
    assert.equal(doc.records[0].title, '集成电路产业链推进会');
    assert.equal(doc.database, 'first.db');
    assert.match(path.basename((r.dialogsShown[0] as SaveDialogOptions).defaultPath!), /^first \d{4}-\d\d-\d\d\.csv$/);
  });

  it('exports a bundle through a dialog that names it, as a zip with bundle.json first', async () => {
    await addRecord('光电产业链推进会');
    r.answers.push(path.join(r.dir, 'for-li'));
    const res = await r.shell.exportData(shellInputs.exportData.parse({ format: 'bundle' }));
    assert.equal(res?.file, path.join(r.dir, 'for-li.chainline'), 'the extension is added');
    const dialog = r.dialogsShown.at(-1) as SaveDialogOptions;
    assert.deepEqual(dialog.filters?.[0]?.extensions, ['chainline']);
    assert.match(dialog.title ?? '', /Bundle|数据包/);
    const zip = readFileSync(res!.file);
    assert.equal(zip.subarray(30, 30 + 'bundle.json'.length).toString(), 'bundle.json');
  });

  it('exports an Excel workbook in the order and columns asked, through a dialog that names Excel', async () => {
    await addRecord('光电产业链推进会');
    r.answers.push(path.join(r.dir, 'table'));
    const res = await r.shell.exportData(shellInputs.exportData.parse({ format: 'xlsx', sort: 'title', columns: ['title', 'date_start'] }));
    assert.equal(res?.file, path.join(r.dir, 'table.xlsx'), 'the extension is added');
    const dialog = r.dialogsShown.at(-1) as SaveDialogOptions;
    assert.deepEqual(dialog.filters?.[0]?.extensions, ['xlsx']);
    assert.match(`${dialog.title} ${dialog.filters?.[0]?.name}`, /Excel/);
    const [sheet] = await readXlsxFile(readFileSync(res!.file));
    assert.deepEqual(sheet.data[0], ['title', 'date_start']);
  });
});

describe('shell: language', () => {
  it('remembers the UI language for the menus', async () => {
    await r.shell.setLanguage({ lang: 'en' });
    assert.equal(r.settings.get().lang, 'en');
  });
});
