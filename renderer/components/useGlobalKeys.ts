import { useEffect } from 'react';
import { GOTO_KEYS, isMod, isTyping } from '../lib/shortcuts';
import { useNav } from '../state/nav';
import { useUi } from '../state/ui';

/** Keys that work on every screen; screen-specific keys live with their screens. */
export function useGlobalKeys() {
  useEffect(() => {
    let gPressed = 0;
    const onKey = (e: KeyboardEvent) => {
      const ui = useUi.getState();
      if (isMod(e) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        ui.setPalette(!ui.palette);
        return;
      }
      if (isTyping(e) || e.altKey || isMod(e) || e.defaultPrevented) return;
      if (ui.palette || ui.help || document.querySelector('dialog[open]')) return;
      const go = useNav.getState().go;
      if (Date.now() - gPressed < 1200 && GOTO_KEYS[e.key]) {
        e.preventDefault();
        gPressed = 0;
        go({ screen: GOTO_KEYS[e.key] });
        return;
      }
      gPressed = 0;
      switch (e.key) {
        case '?':
          e.preventDefault();
          ui.setHelp(true);
          break;
        case 'g':
          gPressed = Date.now();
          break;
        case 'n':
          e.preventDefault();
          go({ screen: 'record', id: 'new' });
          break;
        case '/': {
          const box = document.getElementById('filter-text') ?? document.getElementById('search-box');
          if (box) {
            e.preventDefault();
            box.focus();
          }
          break;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
