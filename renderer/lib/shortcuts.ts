import type { Screen } from '../state/route';

/** "g" then a letter jumps to a screen (as in Gmail and GitHub): no clash with typing or browser keys. */
export const GOTO_KEYS: Record<string, Screen> = {
  r: 'records',
  t: 'timeline',
  s: 'sources',
  f: 'search',
  d: 'dashboard',
  x: 'taxonomies',
  p: 'actors',
  b: 'trash',
};

export const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** True while the user is typing into a field: single-letter shortcuts must not fire then. */
export function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

export const isMod = (e: { ctrlKey: boolean; metaKey: boolean }) => e.ctrlKey || e.metaKey;
