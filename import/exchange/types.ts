import type { Script } from '../types';
import type { Said } from './messages';

/** A source as read from a reference manager's file, before it is stored: what Chainline keeps of an entry. */
export interface SourceDraft {
  /** How messages name the entry: its key or id when it has one, else its number; with the line it starts on when known. */
  entry: string;
  line?: number;
  /** The entry's id when it is a Chainline source's own (a UUID): a round trip keeps it. */
  id?: string;
  title: string;
  outlet: string;
  reporter: string;
  /** YYYY-MM-DD (a source's publish time is a day); a date known only to the month or year is not kept (see warnings). */
  publishedAt: string | null;
  url: string;
  notes: string;
  /** An abstract or full text the entry carries ('' when none). */
  body: string;
  script: Script;
  /** What could not be kept as written (a date without a day), for the report. */
  warnings: Said[];
}

/** What is wrong with an entry (or the whole file, entry 'file'), named so the user can find it. */
export interface EntryError extends Said {
  entry: string;
  line?: number;
}

/** Every reader's answer: the entries it could read and the errors of those it could not. */
export interface ExchangeParse {
  records: SourceDraft[];
  errors: EntryError[];
}
