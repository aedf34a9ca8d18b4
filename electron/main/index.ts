import { app, BrowserWindow, ipcMain, session } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers } from '../../db/handlers';
import { openDatabase } from '../../db/open';
import { wireIpc } from './ipc';
import { secureWebPreferences } from './window';
import { CSP } from '../../server/security';

const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
const appUrlPrefix = pathToFileURL(path.dirname(rendererIndex)).href + '/';

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: '链策 Chainline',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

app.whenReady().then(() => {
  const dbPath = process.env.CHAINLINE_DB || path.join(app.getPath('userData'), 'chainline.db');
  const { db } = openDatabase(dbPath);
  const handlers = createHandlers({ db, dbPath, version: app.getVersion() });
  wireIpc(ipcMain, () => handlers, appUrlPrefix);
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  session.defaultSession.webRequest.onHeadersReceived((details, cb) =>
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } }),
  );
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
