import { contextBridge, ipcRenderer } from 'electron';
import { OPEN_EXTERNAL_CHANNEL } from '../shared/channels';
import { createBridge } from './bridge';
import { followDocumentLanguage } from './language';
import { installExternalLinks } from './links';

// The one place the renderer meets Electron. It gets the contract's invoke,
// the shell actions and notices, all as closures (see bridge.ts); never
// ipcRenderer, Node or a channel of its own choosing.
const bridge = createBridge(ipcRenderer);
contextBridge.exposeInMainWorld('chainline', bridge);
installExternalLinks(window, (url) => ipcRenderer.send(OPEN_EXTERNAL_CHANNEL, url));
// The app page only: the print page has a language of its own (the PDF's).
if (location.pathname.endsWith('/index.html')) {
  followDocumentLanguage(
    document,
    (el, onChange) => new MutationObserver(onChange).observe(el as Node, { attributes: true, attributeFilter: ['lang'] }),
    (lang) => void bridge.shell.setLanguage({ lang }).catch(() => {}),
  );
}
