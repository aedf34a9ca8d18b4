import i18next from 'i18next';
import { useSyncExternalStore } from 'react';

// The UI language as the workspace's i18next has it; before i18next starts
// (or in a page without it) the browser's language decides.

const current = (): string => (i18next.isInitialized && i18next.language ? i18next.language : navigator.language || 'zh');

function subscribe(fn: () => void): () => void {
  i18next.on('languageChanged', fn);
  i18next.on('initialized', fn);
  return () => {
    i18next.off('languageChanged', fn);
    i18next.off('initialized', fn);
  };
}

export function useLang(): string {
  return useSyncExternalStore(subscribe, current);
}
