import { contextBridge, ipcRenderer } from 'electron';
import { OPEN_EXTERNAL_CHANNEL } from '../shared/channels';
import { createBridge } from './bridge';
import { installExternalLinks } from './links';

// The one place the renderer meets Electron. It gets the contract's invoke,
// the shell actions and notices, all as closures (see bridge.ts); never
// ipcRenderer, Node or a channel of its own choosing.
contextBridge.exposeInMainWorld('chainline', createBridge(ipcRenderer));
installExternalLinks(window, (url) => ipcRenderer.send(OPEN_EXTERNAL_CHANNEL, url));
