import { create } from 'zustand';
import { hashToRoute, routeToHash, type Route } from './route';

interface NavState {
  route: Route;
  /** The route before this one, so the editor can go back to the screen it was opened from. */
  previous: Route | null;
  /** A navigation held back by the guard until the user decides (see LeaveGuard). */
  pending: Route | null;
  /** Returns true while leaving would lose work (the editor's unsaved changes). */
  guard: (() => boolean) | null;
  go(route: Route, opts?: { replace?: boolean; force?: boolean }): void;
  setGuard(guard: (() => boolean) | null): void;
  /** Resolves the held navigation: proceed (work discarded or saved) or stay. */
  resolvePending(proceed: boolean): void;
}

function writeHash(route: Route, replace: boolean) {
  const hash = routeToHash(route);
  if (location.hash === hash) return;
  if (replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
}

export const useNav = create<NavState>((set, get) => ({
  route: hashToRoute(location.hash),
  previous: null,
  pending: null,
  guard: null,
  go(route, opts = {}) {
    const { guard } = get();
    if (!opts.force && guard?.()) {
      set({ pending: route });
      return;
    }
    writeHash(route, opts.replace ?? false);
    set({ route, previous: opts.replace ? get().previous : get().route, pending: null });
  },
  setGuard: (guard) => set({ guard }),
  resolvePending(proceed) {
    const { pending } = get();
    set({ pending: null });
    if (proceed && pending) {
      set({ guard: null });
      get().go(pending, { force: true });
    }
  },
}));

/** Back/Forward and hand-edited URLs: follow them, unless the guard holds (then put the URL back). */
export function followHistory(): () => void {
  const onPop = () => {
    const next = hashToRoute(location.hash);
    const { route, guard } = useNav.getState();
    if (guard?.()) {
      history.pushState(null, '', routeToHash(route));
      useNav.setState({ pending: next });
      return;
    }
    useNav.setState({ route: next, previous: route });
  };
  window.addEventListener('popstate', onPop);
  // The first entry gets a proper fragment so Back from the next screen returns here.
  if (!location.hash.startsWith('#/')) history.replaceState(null, '', routeToHash(useNav.getState().route));
  return () => window.removeEventListener('popstate', onPop);
}
