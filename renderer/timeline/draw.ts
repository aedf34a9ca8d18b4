import { badgeWidth, overflowMarks, rowMarks, type Mark } from './layout/cluster';
import { locate } from './layout/locate';
import { isFaded, sureSpan, type TimelineModel } from './layout/model';
import { xOf, type Scale } from './layout/scale';
import type { Axis } from './layout/ticks';
import { trackAt, type Track, type TrackOptions } from './layout/tracks';
import { FADED_ALPHA, VAGUE_ALPHA } from './palette';
import type { CanvasTheme } from './theme';

export const SCREEN_TRACKS: TrackOptions = { cap: 6, rowH: 22, pad: 4, headerH: 26 };
const BAR_H = 12;
const FONT = '12px "Noto Sans SC", system-ui, sans-serif';
/** Above this many single items in view, titles are not drawn (they would not fit anyway). */
const LABEL_LIMIT = 2500;

/** What the pointer or keyboard is on. */
export type Target =
  | { type: 'item'; item: number; track: number; row: number }
  | { type: 'cluster'; track: number; row: number; mark: Mark }
  | { type: 'overflow'; track: number; row: number; mark: Mark };

/** A drawn row, kept for hit-testing until the next frame. */
export interface HitRow {
  track: number;
  row: number;
  y0: number;
  y1: number;
  overflow: boolean;
  marks: Mark[];
}

export interface Frame {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  model: TimelineModel;
  tracks: Track[];
  scale: Scale;
  scrollTop: number;
  axis: Axis;
  theme: CanvasTheme;
  hover: Target | null;
  focus: { item: number; track: number } | null;
  text: TextCache;
  /** Asks for an item's title, not loaded yet (labels.ts). */
  want(i: number): void;
}

/**
 * Measured titles, kept across frames (measureText is the costliest call in a
 * frame): full widths per item, and titles cut to a width, by 8-pixel steps of
 * room. Belongs to one model and one font state.
 */
export interface TextCache {
  model: TimelineModel | null;
  /** -1: not measured yet. */
  widths: Float32Array;
  cuts: Map<number, string>;
}

export const newTextCache = (): TextCache => ({ model: null, widths: new Float32Array(0), cuts: new Map() });
const CUT_STEP = 8;

export const rowTop = (t: Track, row: number): number => t.y + SCREEN_TRACKS.pad + row * SCREEN_TRACKS.rowH;

function titleWidth(f: Frame, i: number, title: string): number {
  let w = f.text.widths[i];
  if (w < 0) f.text.widths[i] = w = f.ctx.measureText(title).width;
  return w;
}

/** The title cut to `room` pixels; CJK titles are near-monospaced, so a proportional guess needs at most a few checks. */
function fit(f: Frame, i: number, room: number): string {
  const title = f.model.titles[i];
  if (title === undefined) {
    // Drawn without it this time; the frame after its arrival has it.
    f.want(i);
    return '';
  }
  const w = titleWidth(f, i, title);
  if (w <= room) return title;
  const step = Math.floor(room / CUT_STEP);
  const key = i * 512 + Math.min(step, 511);
  const cached = f.text.cuts.get(key);
  if (cached !== undefined) return cached;
  const fitTo = step * CUT_STEP;
  let n = Math.floor((title.length * (fitTo - 12)) / w);
  let s = '';
  if (n >= 2) {
    s = `${title.slice(0, n)}…`;
    while (n > 1 && f.ctx.measureText(s).width > fitTo) s = `${title.slice(0, --n)}…`;
    if (n <= 1) s = '';
  }
  f.text.cuts.set(key, s);
  return s;
}

function drawItem(f: Frame, i: number, m: Mark, cy: number, nextX0: number, labels: boolean): void {
  const { ctx, model, theme } = f;
  const color = theme.kind[model.kind[i]];
  const faded = isFaded(model, i);
  const w = m.x1 - m.x0;
  let labelX = m.x1 + 4;
  ctx.globalAlpha = faded ? FADED_ALPHA : 1;
  if (model.point[i]) {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(m.x0 + w / 2, cy, 4.5, 0, 2 * Math.PI);
    ctx.fill();
  } else if (model.vague[i] || model.fuzzy[i]) {
    // Known only to the month or year: a faded span with a dashed edge, never a day. A range
    // whose ends are partial (2023-10 → 2023-11) is solid only over the days it surely covers.
    ctx.globalAlpha = VAGUE_ALPHA;
    ctx.fillStyle = color;
    ctx.fillRect(m.x0, cy - BAR_H / 2, w, BAR_H);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = color;
    ctx.setLineDash([3, 2]);
    ctx.strokeRect(m.x0 + 0.5, cy - BAR_H / 2 + 0.5, Math.max(w - 1, 1), BAR_H - 1);
    ctx.setLineDash([]);
    const sure = sureSpan(model, i, m);
    if (sure) {
      ctx.globalAlpha = faded ? FADED_ALPHA : 1;
      ctx.fillRect(sure[0], cy - BAR_H / 2, sure[1] - sure[0], BAR_H);
      ctx.globalAlpha = 1;
    }
    labelX = Math.max(m.x0 + 4, 4);
    if (labels && w > 40) {
      const inside = fit(f, i, Math.min(m.x1, f.width) - labelX - 4);
      if (inside) {
        ctx.fillStyle = theme.fg;
        ctx.fillText(inside, labelX, cy + 4);
        return;
      }
    }
    labelX = m.x1 + 4;
  } else {
    ctx.fillStyle = color;
    ctx.fillRect(m.x0, cy - BAR_H / 2, w, BAR_H);
    if (labels && w > 40) {
      // Inside the bar, starting at the window's edge if the bar began before it.
      const from = Math.max(m.x0, 0) + 4;
      const inside = fit(f, i, Math.min(m.x1, f.width) - from - 4);
      if (inside) {
        ctx.globalAlpha = 1;
        ctx.fillStyle = faded ? theme.fg : theme.panel;
        ctx.fillText(inside, from, cy + 4);
        return;
      }
    }
  }
  ctx.globalAlpha = 1;
  if (!labels) return;
  const room = Math.min(nextX0, f.width) - labelX - 6;
  if (room < 24) return;
  const text = fit(f, i, room);
  if (text) {
    ctx.fillStyle = theme.fg;
    ctx.fillText(text, labelX, cy + 4);
  }
}

function drawBadge(f: Frame, m: Mark, cy: number, overflow: boolean): void {
  const { ctx, theme } = f;
  const w = Math.max(m.x1 - m.x0, badgeWidth(m.count));
  ctx.fillStyle = overflow ? theme.panel : theme.clusterFill;
  ctx.strokeStyle = theme.clusterStroke;
  ctx.setLineDash(overflow ? [3, 2] : []);
  ctx.beginPath();
  ctx.roundRect(m.x0 + 0.5, cy - 7.5, w - 1, 15, 7.5);
  ctx.fill();
  ctx.stroke();
  ctx.setLineDash([]);
  const label = overflow ? `+${m.count}` : String(m.count);
  ctx.fillStyle = theme.fg;
  ctx.textAlign = 'center';
  ctx.fillText(label, Math.max(m.x0, 0) + Math.min(w, m.x1 - Math.max(m.x0, 0)) / 2, cy + 4);
  ctx.textAlign = 'left';
}

/** Draws one frame of the visible lanes and returns what it drew, for hit-testing. */
export function drawFrame(f: Frame): HitRow[] {
  const { ctx, width, height, model, tracks, scale, scrollTop, axis, theme } = f;
  const { rowH } = SCREEN_TRACKS;
  ctx.clearRect(0, 0, width, height);
  ctx.font = FONT;
  ctx.lineWidth = 1;
  ctx.fillStyle = theme.grid;
  for (const t of axis.minor) ctx.fillRect(Math.round(xOf(scale, t.day)), 0, 1, height);
  ctx.fillStyle = theme.gridMajor;
  for (const t of axis.major) ctx.fillRect(Math.round(xOf(scale, t.day)), 0, 1, height);

  const hits: HitRow[] = [];
  const visible: { t: number; r: number; cy: number; marks: Mark[]; overflow: boolean }[] = [];
  let singles = 0;
  for (let t = Math.max(0, trackAt(tracks, scrollTop)); t < tracks.length && tracks[t].y < scrollTop + height; t++) {
    const tr = tracks[t];
    ctx.fillStyle = theme.line;
    ctx.fillRect(0, tr.y + tr.height - scrollTop - 1, width, 1);
    for (let r = 0; r < tr.rowsShown; r++) {
      const y0 = rowTop(tr, r) - scrollTop;
      if (y0 > height || y0 + rowH < 0) continue;
      const overflow = tr.overflow && r === tr.rowsShown - 1;
      const marks = overflow ? overflowMarks(tr.packing.rows.slice(r), model, scale) : rowMarks(tr.packing.rows[r], model, scale);
      if (!overflow) for (const m of marks) if (m.count === 1) singles++;
      visible.push({ t, r, cy: y0 + rowH / 2, marks, overflow });
      hits.push({ track: t, row: r, y0, y1: y0 + rowH, overflow, marks });
    }
  }
  const labels = singles <= LABEL_LIMIT;
  for (const v of visible) {
    const row = tracks[v.t].packing.rows[v.r];
    v.marks.forEach((m, k) => {
      if (v.overflow || m.count > 1) return drawBadge(f, m, v.cy, v.overflow);
      drawItem(f, row[m.first], m, v.cy, k + 1 < v.marks.length ? v.marks[k + 1].x0 : Infinity, labels);
    });
  }
  drawEmphasis(f, hits);
  return hits;
}

/** The extent of item i as drawn in a row (its own mark, or its cluster's). */
function markOf(f: Frame, hits: HitRow[], track: number, row: number, i: number): { x0: number; x1: number; cy: number } | null {
  const h = hits.find((x) => x.track === track && x.row === row);
  if (!h) return null;
  const cy = (h.y0 + h.y1) / 2;
  if (h.overflow) {
    const x = xOf(f.scale, f.model.start[i]);
    return { x0: x - 3, x1: Math.max(x + 3, xOf(f.scale, f.model.end[i])), cy };
  }
  const rowItems = f.tracks[track].packing.rows[row];
  for (const m of h.marks) for (let p = m.first; p <= m.last; p++) if (rowItems[p] === i) return { x0: m.x0, x1: m.x1, cy };
  return null;
}

function ring(ctx: CanvasRenderingContext2D, r: { x0: number; x1: number; cy: number }, color: string, width: number, dash: number[] = []): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.roundRect(r.x0 - 3, r.cy - 10, r.x1 - r.x0 + 6, 20, 4);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.lineWidth = 1;
}

/** Hover and focus rings, and for a measure the dashed link to its plan. */
function drawEmphasis(f: Frame, hits: HitRow[]): void {
  const { ctx, model, theme, tracks } = f;
  const targets: { item: number; track: number; focus: boolean }[] = [];
  if (f.hover?.type === 'item') targets.push({ item: f.hover.item, track: f.hover.track, focus: false });
  if (f.focus) targets.push({ ...f.focus, focus: true });
  for (const t of targets) {
    const at = locate(tracks, model, t.item, t.track);
    if (!at) continue;
    const me = markOf(f, hits, at.track, at.row, t.item);
    if (!me) continue;
    const plan = model.plan[t.item];
    if (plan >= 0) {
      const pa = locate(tracks, model, plan, at.track);
      const pm = pa && markOf(f, hits, pa.track, pa.row, plan);
      if (pm) {
        ctx.strokeStyle = theme.link;
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        const px = Math.min(Math.max(me.x0, pm.x0), pm.x1);
        ctx.moveTo(me.x0 + (me.x1 - me.x0) / 2, me.cy);
        ctx.lineTo(px, pm.cy);
        ctx.stroke();
        ctx.setLineDash([]);
        ring(ctx, pm, theme.link, 1.5, [4, 3]);
      }
    }
    ring(ctx, me, t.focus ? theme.fg : theme.accent, t.focus ? 2 : 1.5);
  }
}
