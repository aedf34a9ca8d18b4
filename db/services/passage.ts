import { AppError } from '../../api/errors';

export interface Passage {
  quote: string;
  start: number | null;
  end: number | null;
}

/**
 * Completes a cited passage so both forms are kept: the quote cut from its
 * offsets, or the offsets of a quote found in the body. Offsets must lie
 * within the body; a bad one is an error on `endField`.
 */
export function resolvePassage(body: string, p: { start?: number | null; end?: number | null; quote?: string }, endField: string): Passage {
  let { start = null, end = null } = p;
  let quote = p.quote ?? '';
  if ((start == null) !== (end == null)) throw new AppError('invalid-argument', 'start and end go together', endField);
  if (start != null && end != null) {
    if (end < start || end > body.length) throw new AppError('invalid-argument', `the passage must lie within the source's ${body.length} characters`, endField);
    if (!quote) quote = body.slice(start, end);
  } else if (quote) {
    const at = body.indexOf(quote);
    if (at >= 0) [start, end] = [at, at + quote.length];
  }
  return { quote, start, end };
}
