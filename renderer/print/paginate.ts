import type { Track, TrackOptions } from '../timeline/layout/tracks';

/** A run of one lane's rows on one page. */
export interface TrackPart {
  track: Track;
  rowFrom: number;
  rowTo: number;
  /** Offset from the top of the page's lane area. */
  y: number;
  height: number;
  /** Continued from the previous page (its label says so). */
  cont: boolean;
}

/**
 * Spreads lanes over pages of `avail` pixels: whole lanes while they fit, and
 * a lane taller than what is left is split between rows (never inside one),
 * so every page starts with a complete row under its repeated axis.
 */
export function paginateTracks(tracks: Track[], avail: number, o: Pick<TrackOptions, 'rowH' | 'pad' | 'headerH'>): TrackPart[][] {
  const pages: TrackPart[][] = [];
  let page: TrackPart[] = [];
  let y = 0;
  const newPage = () => {
    if (page.length) pages.push(page);
    page = [];
    y = 0;
  };
  for (const track of tracks) {
    if (track.rowsShown === 0) {
      if (y + o.headerH > avail) newPage();
      page.push({ track, rowFrom: 0, rowTo: 0, y, height: o.headerH, cont: false });
      y += o.headerH;
      continue;
    }
    let row = 0;
    while (row < track.rowsShown) {
      const fit = Math.floor((avail - y - 2 * o.pad) / o.rowH);
      if (fit < 1 || (row === 0 && fit < Math.min(2, track.rowsShown) && y > 0)) {
        // Not even a row (or a lone first row of a taller lane) fits: start the lane on the next page.
        newPage();
        continue;
      }
      const to = Math.min(track.rowsShown, row + fit);
      const height = (to - row) * o.rowH + 2 * o.pad;
      page.push({ track, rowFrom: row, rowTo: to, y, height, cont: row > 0 });
      y += height;
      row = to;
    }
  }
  if (page.length) pages.push(page);
  return pages;
}

/** Splits measured blocks (table rows, source entries) into pages: [first, end) index ranges. */
export function paginateHeights(heights: number[], firstAvail: number, avail: number): [number, number][] {
  return paginateColumns(heights, firstAvail, avail, 1).map((cols) => cols[0]);
}

/**
 * Deals measured blocks into pages of `columns` columns, filling each column
 * before the next; every column of the first page has `firstAvail` (a heading
 * spans them), the rest `avail`. Returns per page its columns' index ranges.
 */
export function paginateColumns(heights: number[], firstAvail: number, avail: number, columns: number): [number, number][][] {
  const chunks: [number, number][] = [];
  let from = 0;
  let used = 0;
  const room = () => (chunks.length < columns ? firstAvail : avail);
  for (let i = 0; i < heights.length; i++) {
    if (used + heights[i] > room() && i > from) {
      chunks.push([from, i]);
      from = i;
      used = 0;
    }
    used += heights[i];
  }
  if (heights.length) chunks.push([from, heights.length]);
  const pages: [number, number][][] = [];
  for (let k = 0; k < chunks.length; k += columns) pages.push(chunks.slice(k, k + columns));
  return pages;
}

/** Cuts a long window into pieces a page can show legibly (each piece gets its own run of pages). */
export function timeSegments(from: number, to: number, maxDays: number): [number, number][] {
  const n = Math.max(1, Math.ceil((to - from) / maxDays));
  const len = (to - from) / n;
  return Array.from({ length: n }, (_, i) => [from + i * len, i === n - 1 ? to : from + (i + 1) * len]);
}
