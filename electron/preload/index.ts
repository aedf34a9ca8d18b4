import { contextBridge, ipcRenderer } from 'electron';

// The renderer gets one function: invoke a contract call by name. No Node, no
// ipcRenderer, no generic channel access (the main process validates both the
// sender and the arguments).
contextBridge.exposeInMainWorld('chainline', {
  platform: 'electron',
  invoke: (channel: string, args: unknown) => ipcRenderer.invoke('chainline:invoke', channel, args),
});
