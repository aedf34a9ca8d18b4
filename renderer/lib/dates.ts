import { PartialDate } from '../../api/contract/common';
import { parseDateRange } from '../../api/dates-parse';

/** The same rule the API applies, so a date field can say "not a date" before anything is sent. */
export const isPartialDate = (s: string): boolean => PartialDate.safeParse(s).success;

/** What the API will store for a typed date (2024年6月 → 2024-06), or null when it is not a date. */
export function understoodDate(s: string): string | null {
  const r = PartialDate.safeParse(s);
  return r.success ? r.data : null;
}

export { parseDateRange };
