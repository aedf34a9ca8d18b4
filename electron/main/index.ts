import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type MessageBoxOptions } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NOTICE_CHANNEL } from '../shared/channels';
import { aboutBox } from './about';
import { classifyDatabaseFile } from './database-file';
import { GrantedPaths, importPathsGuard } from './granted-paths';
import { openFirst, startupCandidates } from './initial-project';
import { wireContract, wireOpenExternal, wireShell } from './ipc';
import { claimSingleInstance, focusWindow, followPlatformConventions } from './lifecycle';
import { createMainWindow, windowTitle } from './main-window';
import { menuTemplate } from './menu';
import { createMenuActions } from './menu-actions';
import { pdfPrinter } from './print-pdf';
import { CurrentProject, openProject } from './project';
import { addRecent } from './recent-files';
import { APP_BASE_URL, APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './protocol';
import { hardenSession } from './session';
import { settingsStore } from './settings';
import { createShellHandlers, type NativeDialogs } from './shell-actions';
import { langFor, STRINGS } from './strings';
import { guardWebContents } from './web-contents';
import { printWindowOptions } from './window';
import { writeFileAtomic } from './write-file';

// The composition root: real Electron objects go into the modules beside this
// file, which take them as parameters and are tested with stand-ins.

// Both before 'ready': privileged schemes can only be registered then, and
// enableSandbox makes every renderer sandboxed whatever its options say.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const here = __dirname; // dist/electron (the bundle)
const preload = path.join(here, 'preload.cjs');
const rendererDir = path.join(here, '..', 'renderer');
const icon = path.join(here, '..', '..', 'assets', 'icon.png');

let mainWindow: BrowserWindow | null = null;

if (claimSingleInstance(app, () => focusWindow(mainWindow))) {
  app.whenReady().then(start).catch((err: Error) => {
    dialog.showErrorBox('Chainline', err.stack ?? err.message);
    app.exit(1);
  });
}

function start(): void {
  const settings = settingsStore(path.join(app.getPath('userData'), 'shell-settings.json'), (err) => console.error('[chainline] settings:', err.message));
  const lang = () => settings.get().lang ?? langFor(app.getPreferredSystemLanguages());
  const strings = () => STRINGS[lang()];
  const parent = () => mainWindow ?? undefined;
  const messageBox = (o: MessageBoxOptions) => {
    const win = parent();
    void (win ? dialog.showMessageBox(win, o) : dialog.showMessageBox(o));
  };

  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
  const confirmLeave = () => {
    const m = strings().message;
    const o: MessageBoxOptions = { type: 'question', buttons: [m.leave, m.stay], defaultId: 1, cancelId: 1, title: m.leaveTitle, message: m.leaveTitle, detail: m.leaveBody };
    const win = parent();
    return (win ? dialog.showMessageBoxSync(win, o) : dialog.showMessageBoxSync(o)) === 0;
  };
  app.on('web-contents-created', (_event, wc) => guardWebContents(wc, { confirmLeave }));

  const print = pdfPrinter({ baseUrl: APP_BASE_URL, createWindow: () => new BrowserWindow(printWindowOptions(preload)) });
  const open = (file: string) => openProject(file, { version: app.getVersion(), printer: print });

  const { project, failures } = openFirst(
    startupCandidates({
      envFile: process.env.CHAINLINE_DB || undefined,
      lastFile: settings.get().lastDatabase,
      defaultFile: path.join(app.getPath('userData'), 'chainline.db'),
      classify: classifyDatabaseFile,
    }),
    open,
  );
  for (const f of failures) dialog.showErrorBox(strings().message.cannotOpen, `${f.file}\n\n${f.error.message}`);
  if (!project) return app.exit(1);
  const current = new CurrentProject(project);

  const dialogs: NativeDialogs = {
    open: async (o) => {
      const win = parent();
      const r = await (win ? dialog.showOpenDialog(win, o) : dialog.showOpenDialog(o));
      return r.canceled ? null : r.filePaths;
    },
    save: async (o) => {
      const win = parent();
      const r = await (win ? dialog.showSaveDialog(win, o) : dialog.showSaveDialog(o));
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    error: (title, body) => messageBox({ type: 'error', title, message: title, detail: body }),
  };

  const refreshMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate({ lang: lang(), platform: process.platform, recent: settings.get().recent, devTools: !app.isPackaged, actions: menuActions })),
    );

  const openWindow = () => {
    mainWindow = createMainWindow({
      BrowserWindow,
      screen,
      preload,
      icon: existsSync(icon) ? icon : undefined,
      title: windowTitle(current.file, strings().appName),
      saved: settings.get().window,
      saveState: (window) => settings.update({ window }),
    });
    if (process.platform === 'darwin') mainWindow.setRepresentedFilename(current.file);
    mainWindow.on('closed', () => (mainWindow = null));
  };

  const granted = new GrantedPaths();
  const shellHandlers = createShellHandlers({
    strings,
    documentsDir: app.getPath('documents'),
    project: current,
    openProject: open,
    classify: classifyDatabaseFile,
    exists: existsSync,
    trash: (file) => shell.trashItem(file),
    dialogs,
    // A cancelled beforeunload (the user chose to stay) makes the load fail.
    leavePage: () => (mainWindow ? mainWindow.webContents.loadURL('about:blank').then(() => true, () => false) : Promise.resolve(true)),
    loadApp: async () => {
      if (mainWindow) await mainWindow.loadURL(APP_INDEX_URL);
      else openWindow();
    },
    print,
    writeFile: writeFileAtomic,
    settings,
    databaseChanged: (file) => {
      mainWindow?.setTitle(windowTitle(file, strings().appName));
      if (process.platform === 'darwin') mainWindow?.setRepresentedFilename(file);
      app.addRecentDocument(file);
      refreshMenu();
    },
    languageChanged: () => {
      refreshMenu();
      mainWindow?.setTitle(windowTitle(current.file, strings().appName));
    },
    busy: (on) => mainWindow?.setProgressBar(on ? 2 : -1),
    notify: (notice) => mainWindow?.webContents.send(NOTICE_CHANNEL, notice),
    granted,
  });

  const menuActions = createMenuActions({
    shell: shellHandlers,
    strings,
    lang,
    settings,
    currentFile: () => current.file,
    refreshMenu,
    showItemInFolder: (file) => shell.showItemInFolder(file),
    about: () =>
      messageBox(aboutBox(strings(), { version: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node }, current.file, existsSync(icon) ? icon : undefined)),
    info: (message, detail) => messageBox({ type: 'info', title: strings().appName, message, detail, buttons: [strings().dialog.ok] }),
    error: dialogs.error,
  });

  wireContract(ipcMain, () => current.handlers(), importPathsGuard(granted));
  wireShell(ipcMain, shellHandlers);
  wireOpenExternal(ipcMain, (url) => shell.openExternal(url));

  settings.update({ recent: addRecent(settings.get().recent, current.file), lastDatabase: current.file });
  app.addRecentDocument(current.file);
  if (process.platform === 'win32') app.setAppUserModelId('cn.chainline.app');
  refreshMenu();
  followPlatformConventions(app, {
    platform: process.platform,
    windowCount: () => BrowserWindow.getAllWindows().length,
    createWindow: openWindow,
    beforeQuit: () => current.close(),
  });
  openWindow();
}
