// Categorical colours readable on both themes (mid-lightness, distinct hues), in a fixed order so a series keeps its colour.
export const SERIES = ['#3b7dd8', '#e0823d', '#3aa66a', '#c94f6d', '#8a6fd1', '#c9a227', '#2aa5b5', '#d46fb0', '#6b9e3a', '#a0522d'];
export const KIND_COLOURS: Record<string, string> = { meeting: '#3b7dd8', plan: '#3aa66a', measure: '#e0823d' };
/** The folded remainder: a neutral grey that no series uses. */
export const OTHER = '#b4bcc6';
