import type { Paper } from '../../api/contract/export';
import { PAPER_MM } from '../../api/print/paper';

const PX_PER_MM = 96 / 25.4;

/** A printed sheet in CSS pixels; print.css gives .page the same size in mm. */
export interface SheetGeometry {
  width: number;
  height: number;
  padX: number;
  padTop: number;
  padBottom: number;
  headerH: number;
  footerH: number;
  /** The content box between running header and footer. */
  innerW: number;
  innerH: number;
}

export function sheet(paper: Paper): SheetGeometry {
  const { width: wmm, height: hmm } = PAPER_MM[paper];
  const width = wmm * PX_PER_MM;
  const height = hmm * PX_PER_MM;
  const padX = 12 * PX_PER_MM;
  const padTop = 8 * PX_PER_MM;
  const padBottom = 7 * PX_PER_MM;
  const headerH = 9 * PX_PER_MM;
  const footerH = 7 * PX_PER_MM;
  // A pixel of slack: a box exactly as tall as the room can round up and push a blank page.
  return { width, height, padX, padTop, padBottom, headerH, footerH, innerW: width - 2 * padX, innerH: height - padTop - padBottom - headerH - footerH - 2 };
}

/** The timeline drawing on paper. */
export const PRINT_TRACKS = { cap: 10, rowH: 15, pad: 3, headerH: 16 } as const;
export const PRINT_AXIS_H = 34;
export const PRINT_LEGEND_H = 18;
export const PRINT_LABEL_W = 170;
/** Longest window one run of pages shows before it is cut into segments (days). */
export const MAX_SEGMENT_DAYS: Record<Paper, number> = { A4: 12 * 365.25, A3: 18 * 365.25 };
/** Tick labels are 8px on paper, so they need less room than on screen. */
export const PRINT_MIN_LABEL_PX = { year: 34, quarter: 36, month: 28, day: 22 } as const;
