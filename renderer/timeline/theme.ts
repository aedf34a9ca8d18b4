import { KIND_COLOR, LINK } from './palette';

/** Canvas colours, read from the app's CSS variables so the timeline follows light and dark themes. */
export interface CanvasTheme {
  fg: string;
  muted: string;
  line: string;
  grid: string;
  gridMajor: string;
  panel: string;
  accent: string;
  kind: readonly string[];
  link: string;
  clusterFill: string;
  clusterStroke: string;
}

export function readTheme(el: Element): CanvasTheme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const dark = document.documentElement.dataset.theme === 'dark' || (document.documentElement.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches && !!css.getPropertyValue('--bg'));
  return {
    fg: v('--fg', '#1b1f24'),
    muted: v('--muted', '#5a626d'),
    line: v('--line', '#dde1e6'),
    grid: dark ? '#23282f' : '#eef0f3',
    gridMajor: v('--line-strong', '#c5cbd3'),
    panel: v('--panel', '#fff'),
    accent: v('--accent', '#1c5bbf'),
    // Light hues on dark panels; the print palette otherwise, so screen and paper agree.
    kind: dark ? [v('--k-meeting-fg', '#bcd4ff'), v('--k-plan-fg', '#aee6c4'), v('--k-measure-fg', '#f5d59a')] : KIND_COLOR,
    link: LINK,
    clusterFill: dark ? '#2a323c' : '#e2e8f0',
    clusterStroke: dark ? '#8b95a3' : '#64748b',
  };
}
