import { useEffect } from 'react';
import { isMod, isTyping } from '../lib/shortcuts';
import { run } from '../lib/run';
import { useNav } from '../state/nav';
import { useUi } from '../state/ui';
import { importPasted } from './state/start';
import { useImportUi } from './state/ui';

const isField = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

const overlayOpen = () => {
  const ui = useUi.getState();
  return ui.palette || ui.help || !!document.querySelector('dialog[open]');
};

/**
 * "I" (or Ctrl/Cmd+O) opens the import dialog from any screen; on the Sources
 * screen, pasting outside a text field imports the clipboard's article.
 */
export function useImportKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const open = () => {
        e.preventDefault();
        useImportUi.getState().setOpen(true);
      };
      if (isMod(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'o') return open();
      if (e.key.toLowerCase() !== 'i' || isMod(e) || e.altKey || e.shiftKey || e.defaultPrevented || isTyping(e) || overlayOpen()) return;
      open();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (useNav.getState().route.screen !== 'sources' || isField(e.target) || overlayOpen() || !e.clipboardData) return;
      // Plain text first: copied web pages also carry their whole markup, whose menus and sidebars the text leaves out.
      const text = e.clipboardData.getData('text/plain') || e.clipboardData.getData('text/html');
      if (!text.trim()) return;
      e.preventDefault();
      run(() => importPasted(text));
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
