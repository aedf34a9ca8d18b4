import { useEffect } from 'react';
import { usePrefs } from '../state/prefs';

/** Puts the resolved theme on <html data-theme> (CSS variables do the rest) and follows the system when asked. */
export function useTheme() {
  const theme = usePrefs((s) => s.theme);
  useEffect(() => {
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = theme === 'system' ? (mq.matches ? 'dark' : 'light') : theme;
    };
    apply();
    mq.addEventListener('change', apply);
    return () => mq.removeEventListener('change', apply);
  }, [theme]);
}
