// Scrapes indent with full-width and no-break spaces and carry zero-width marks from editors;
// the cleaning rules compare text, so every kind of space becomes an ordinary one first.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\f\v]/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ');
}

export function splitLines(text: string): string[] {
  return normalizeText(text).split('\n').map((line) => line.trim());
}

/** One paragraph as stored: inner runs of spaces collapsed. */
export function tidyParagraph(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}

/** Text compared for equality regardless of spacing and punctuation width. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}
