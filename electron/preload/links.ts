import { isExternalHttpUrl } from '../shared/external-url';

interface ClickLike {
  isTrusted: boolean;
  button: number;
  defaultPrevented: boolean;
  target: unknown;
  preventDefault(): void;
}

interface EventSource {
  addEventListener(type: 'click' | 'auxclick', listener: (e: ClickLike) => void, capture: boolean): void;
}

interface AnchorLike {
  href: string;
}

function anchorOf(target: unknown): AnchorLike | null {
  const el = target as { closest?: (selector: string) => AnchorLike | null } | null;
  return typeof el?.closest === 'function' ? el.closest('a[href]') : null;
}

/**
 * Sends http(s) links the user clicked to the system browser. Runs in the
 * preload's isolated world: `isTrusted` is set by the browser for real input
 * only, so page script (or injected markup) cannot open URLs by itself;
 * window.open and navigation stay blocked in the main process, which checks
 * the URL again.
 */
export function installExternalLinks(target: EventSource, open: (url: string) => void): void {
  const onClick = (e: ClickLike) => {
    if (!e.isTrusted || e.defaultPrevented || (e.button !== 0 && e.button !== 1)) return;
    const a = anchorOf(e.target);
    if (!a || !isExternalHttpUrl(a.href)) return;
    e.preventDefault();
    open(a.href);
  };
  // Bubble phase on window: after the page's own handlers, so a link the app
  // handles itself (and prevents) is left alone.
  target.addEventListener('click', onClick, false);
  target.addEventListener('auxclick', onClick, false);
}
