// Text widths for laying out labels, measured with the very font the page
// prints with (call after document.fonts has loaded it).

const FAMILY = '"Noto Sans SC", sans-serif';
let ctx: CanvasRenderingContext2D | null = null;

export function textWidth(text: string, px: number, weight = 400): number {
  ctx ??= document.createElement('canvas').getContext('2d')!;
  ctx.font = `${weight} ${px}px ${FAMILY}`;
  return ctx.measureText(text).width;
}

/** The text, cut with an ellipsis to fit `max` pixels ('' when not even one character fits). */
export function fitText(text: string, max: number, px: number, weight = 400): string {
  if (textWidth(text, px, weight) <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(`${text.slice(0, mid)}…`, px, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo ? `${text.slice(0, lo)}…` : '';
}
