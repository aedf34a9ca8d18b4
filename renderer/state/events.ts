// "The data changed" (a save, delete, restore, import, demo load): stores that
// cache data (records, sources, dashboard, app counts) listen and refetch. A
// module of its own so any store can listen without importing the others.
type Listener = () => void;
const listeners = new Set<Listener>();

export function onDataChanged(l: Listener): () => void {
  listeners.add(l);
  return () => void listeners.delete(l);
}

export function dataChanged(): void {
  listeners.forEach((l) => l());
}

/**
 * Data may change behind the app's back (the command line, another window or
 * tab on the same file): when the window comes back after a while away, every
 * cache refetches. Short blurs (a menu, a native dialog) do not count.
 */
export function refreshOnReturn(target: Pick<Window, 'addEventListener'> & { document: Pick<Document, 'addEventListener' | 'visibilityState'> }, awayMs = 1000): void {
  let leftAt: number | null = null;
  const left = () => (leftAt ??= Date.now());
  const back = () => {
    if (leftAt !== null && Date.now() - leftAt >= awayMs) dataChanged();
    leftAt = null;
  };
  target.addEventListener('blur', left);
  target.addEventListener('focus', back);
  target.document.addEventListener('visibilitychange', () => (target.document.visibilityState === 'hidden' ? left() : back()));
}
