/**
 * A linear time scale: `start` is the day at the left edge (fractional, so
 * zoom and pan are continuous) and `pxPerDay` the zoom. Pure functions, shared
 * by the canvas view and the printed SVG.
 */
export interface Scale {
  start: number;
  pxPerDay: number;
  /** Drawable width in CSS pixels. */
  width: number;
}

export interface ScaleLimits {
  minPxPerDay: number;
  maxPxPerDay: number;
  /** How far panning may go: the data's extent plus a margin. */
  minDay: number;
  maxDay: number;
}

export const xOf = (s: Scale, day: number): number => (day - s.start) * s.pxPerDay;
export const dayAt = (s: Scale, x: number): number => s.start + x / s.pxPerDay;
export const endOf = (s: Scale): number => s.start + s.width / s.pxPerDay;

/** Limits for a data extent: from about 80 years across down to a few days across. */
export function limitsFor(width: number, minDay: number, maxDay: number): ScaleLimits {
  const w = Math.max(width, 1);
  return { minPxPerDay: w / (80 * 365), maxPxPerDay: Math.max(w / 4, 40), minDay: minDay - 3650, maxDay: maxDay + 3650 };
}

export function clampScale(s: Scale, lim: ScaleLimits): Scale {
  const pxPerDay = Math.min(lim.maxPxPerDay, Math.max(lim.minPxPerDay, s.pxPerDay));
  const span = s.width / pxPerDay;
  // A window wider than the allowed range is centred on it rather than pinned to one side.
  const room = lim.maxDay - lim.minDay;
  const start = span >= room ? lim.minDay - (span - room) / 2 : Math.min(lim.maxDay - span, Math.max(lim.minDay, s.start));
  return { start, pxPerDay, width: s.width };
}

/** Zooms by `factor` (>1 zooms in) keeping the day under `anchorX` where it is. */
export function zoomAt(s: Scale, factor: number, anchorX: number, lim: ScaleLimits): Scale {
  const anchor = dayAt(s, anchorX);
  const pxPerDay = Math.min(lim.maxPxPerDay, Math.max(lim.minPxPerDay, s.pxPerDay * factor));
  return clampScale({ start: anchor - anchorX / pxPerDay, pxPerDay, width: s.width }, lim);
}

export function panBy(s: Scale, dx: number, lim: ScaleLimits): Scale {
  return clampScale({ ...s, start: s.start - dx / s.pxPerDay }, lim);
}

/** The scale showing [from, to) with `pad` (a fraction of the span) on both sides. */
export function fitTo(width: number, from: number, to: number, lim: ScaleLimits, pad = 0.02): Scale {
  const span = Math.max(to - from, 1);
  const padded = span * (1 + 2 * pad);
  return clampScale({ start: from - span * pad, pxPerDay: width / padded, width }, lim);
}

export const withWidth = (s: Scale, width: number): Scale => ({ ...s, width });
