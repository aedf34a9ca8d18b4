import type { Paper } from '../contract/export';

/** Landscape sheet sizes in millimetres: the print page lays out to exactly these. */
export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};
