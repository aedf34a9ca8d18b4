import type { RecordKind } from '../../api/contract/common';

export const SCREENS = ['records', 'timeline', 'sources', 'search', 'dashboard', 'taxonomies', 'actors', 'trash', 'backups'] as const;
export type Screen = (typeof SCREENS)[number];

/** Where the user is. The record editor is a route of its own so it can guard unsaved changes. */
export type Route =
  | { screen: 'records' }
  | { screen: 'record'; id: string; kind?: RecordKind; planId?: string }
  | { screen: 'timeline' }
  | { screen: 'sources'; id?: string; at?: number; end?: number }
  | { screen: 'search'; q?: string }
  | { screen: 'dashboard' }
  | { screen: 'taxonomies'; tree?: 'chains' | 'regions'; id?: string }
  | { screen: 'actors'; id?: string }
  | { screen: 'trash' }
  | { screen: 'backups' };

/** The navigation entry a route belongs to (the editor belongs to Records). */
export const screenOf = (r: Route): Screen => (r.screen === 'record' ? 'records' : r.screen);

// Routes live in the URL fragment so Back/Forward work in the browser and in Electron.
export function routeToHash(r: Route): string {
  const q = new URLSearchParams();
  let path: string = r.screen;
  switch (r.screen) {
    case 'record':
      path = `record/${r.id}`;
      if (r.kind) q.set('kind', r.kind);
      if (r.planId) q.set('plan', r.planId);
      break;
    case 'sources':
      if (r.id) path = `sources/${r.id}`;
      if (r.at != null) q.set('at', String(r.at));
      if (r.end != null) q.set('end', String(r.end));
      break;
    case 'search':
      if (r.q) q.set('q', r.q);
      break;
    case 'actors':
      if (r.id) path = `actors/${r.id}`;
      break;
    case 'taxonomies':
      if (r.tree) path = `taxonomies/${r.tree}${r.id ? `/${r.id}` : ''}`;
      break;
  }
  const qs = q.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

const KINDS = new Set(['meeting', 'plan', 'measure']);
const num = (s: string | null) => (s != null && /^\d+$/.test(s) ? Number(s) : undefined);

export function hashToRoute(hash: string): Route {
  const m = /^#\/([^?]*)(?:\?(.*))?$/.exec(hash);
  if (!m) return { screen: 'records' };
  const [head, id, sub] = m[1].split('/');
  const q = new URLSearchParams(m[2] ?? '');
  switch (head) {
    case 'record': {
      const kind = q.get('kind');
      return {
        screen: 'record',
        id: id || 'new',
        ...(kind && KINDS.has(kind) ? { kind: kind as RecordKind } : {}),
        ...(q.get('plan') ? { planId: q.get('plan')! } : {}),
      };
    }
    case 'sources':
      return { screen: 'sources', ...(id ? { id } : {}), ...(num(q.get('at')) != null ? { at: num(q.get('at')), end: num(q.get('end')) } : {}) };
    case 'search':
      return { screen: 'search', ...(q.get('q') ? { q: q.get('q')! } : {}) };
    case 'taxonomies':
      return { screen: 'taxonomies', ...(id === 'chains' || id === 'regions' ? { tree: id } : {}), ...(sub ? { id: sub } : {}) };
    case 'actors':
      return { screen: 'actors', ...(id ? { id } : {}) };
    case 'timeline':
    case 'dashboard':
    case 'trash':
    case 'backups':
    case 'records':
      return { screen: head };
    default:
      return { screen: 'records' };
  }
}
