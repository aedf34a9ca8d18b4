// One palette for the canvas and the printed SVG, so screen and paper agree.
// Kind colours are told apart by shape too (points vs bars), for colour-blind readers and greyscale print.

/** Indexed by the model's kind code: meeting, plan, measure (the records table's kind hues: blue, green, amber). */
export const KIND_COLOR = ['#1c5bbf', '#1e7a45', '#a35f00'] as const;
/** Expired and superseded plans and measures recede. */
export const FADED_ALPHA = 0.4;
/** Fill of a span known only to the month or year. */
export const VAGUE_ALPHA = 0.2;
export const CLUSTER_FILL = '#e2e8f0';
export const CLUSTER_STROKE = '#64748b';
export const CLUSTER_TEXT = '#1e293b';
export const OVERFLOW_FILL = '#f1f5f9';
export const GRID_MINOR = '#eef0f3';
export const GRID_MAJOR = '#d5d9df';
export const LANE_LINE = '#e5e7eb';
export const LABEL_TEXT = '#1f2937';
export const FOCUS = '#111827';
export const LINK = '#7c3aed';
