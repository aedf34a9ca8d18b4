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
