import { PartialDate } from '../../api/contract/common';

/** The same rule the API applies, so a date field can say "not a date" before anything is sent. */
export const isPartialDate = (s: string): boolean => PartialDate.safeParse(s).success;
