import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export const WindowBounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export const WindowState = z.object({ bounds: WindowBounds, maximized: z.boolean().default(false) });
export type WindowState = z.infer<typeof WindowState>;

export const DEFAULT_SIZE = { width: 1400, height: 900 };
export const MIN_SIZE = { width: 900, height: 600 };
/** How much of the window must show on some display to be grabbed and moved: a title bar's worth. */
const GRIP = { width: 160, height: 48 };

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Where to open the window: the saved place if enough of it is on a display
 * that still exists (monitors get unplugged, resolutions change), otherwise
 * centred on the primary display; never larger than the display it is on.
 */
export function restoreBounds(saved: WindowState | null, workAreas: Rectangle[], primary: Rectangle): WindowState {
  const fit = (area: Rectangle, w: number, h: number) => ({
    width: Math.max(Math.min(MIN_SIZE.width, area.width), Math.min(w, area.width)),
    height: Math.max(Math.min(MIN_SIZE.height, area.height), Math.min(h, area.height)),
  });
  const centred = (w: number, h: number): WindowBounds => {
    const size = fit(primary, w, h);
    return { ...size, x: primary.x + Math.round((primary.width - size.width) / 2), y: primary.y + Math.round((primary.height - size.height) / 2) };
  };
  if (!saved) return { bounds: centred(DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: false };
  const { x, y, width, height } = saved.bounds;
  if (x === undefined || y === undefined) return { bounds: centred(width, height), maximized: saved.maximized };
  const rect = { x, y, width, height };
  // The display holding the most of the window, if it holds at least a grip's worth.
  const best = workAreas
    .map((area) => ({ area, o: overlap(rect, area) }))
    .filter(({ o }) => o.width >= Math.min(GRIP.width, width) && o.height >= Math.min(GRIP.height, height))
    .sort((a, b) => b.o.width * b.o.height - a.o.width * a.o.height)[0];
  if (!best) return { bounds: centred(width, height), maximized: saved.maximized };
  const { area } = best;
  const size = fit(area, width, height);
  // Then wholly onto that display (it is no larger than the display by now).
  const clampedX = Math.min(Math.max(x, area.x), area.x + area.width - size.width);
  const clampedY = Math.min(Math.max(y, area.y), area.y + area.height - size.height);
  return { bounds: { ...size, x: clampedX, y: clampedY }, maximized: saved.maximized };
}

export type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>;

/** Saves the window's place while it moves (debounced) and when it closes. */
export function trackWindowState(win: TrackedWindow, save: (state: WindowState) => void, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capture = () => {
    clearTimeout(timer);
    if (!win.isDestroyed()) save({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(capture, delayMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', capture);
}
