export type ImportFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';
export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

export interface ParsedArticle {
  format: ImportFormat;
  /** Detected: 'UTF-8', 'UTF-16LE', 'GB18030', 'Big5', ...; 'binary' for docx/pdf, 'clipboard' for pasted text. */
  encoding: string;
  /** The whole decoded original (HTML source for HTML), kept so cleaning can be redone. */
  raw: string;
  /** Never empty: headline, else first body line, else file name. */
  title: string;
  /** True when the article has no headline and `title` was made from its first sentence or file name. */
  titleProvisional: boolean;
  originalTitle: string | null;
  outlet: string | null;
  reporter: string | null;
  url: string | null;
  /** Local wall time without zone: 'YYYY-MM-DDTHH:mm:ss', or 'YYYY-MM-DD' when the time is unknown. */
  publishedAt: string | null;
  script: Script;
  paragraphs: string[];
  /** paragraphs.join('\n\n'); every suggestion and citation offset refers to this string. */
  body: string;
}

export type ParseErrorCode = 'undecodable' | 'empty' | 'unsupported' | 'corrupt' | 'too-large' | 'too-complex';
export interface ParseError { code: ParseErrorCode; message: string }
export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; error: ParseError };

export interface LexiconEntry { id: string; name: string; aliases: string[]; level: string; parentId: string | null }
export interface Lexicon { regions: LexiconEntry[]; chains: LexiconEntry[] }

/** Offsets into article.body in UTF-16 code units, end exclusive. start = end = -1 means "found only in the title". */
export interface Span { text: string; start: number; end: number }

export type MeetingKind =
  | 'chain-meeting' | 'work-conference' | 'inspection' | 'press-conference'
  | 'expo-forum' | 'alliance-founding' | 'signing' | 'other';

export interface DateSuggestion extends Span {
  /** YYYY, YYYY-MM, YYYY-MM-DD; with the year open, ISO's --MM-DD or --MM. */
  iso: string;
  precision: 'day' | 'month' | 'year';
  /** Where the year came from: written in the text, inferred from the publication date (or the article's first full date), or nowhere (open, for the researcher). */
  yearFrom: 'text' | 'inferred' | 'open';
  sentence: Span;
}
export interface TagSuggestion extends Span { id: string; name: string; count: number }
export interface MeetingKindSuggestion extends Span { kind: MeetingKind }
export interface PlanSuggestion extends Span { title: string; docNumber: string | null; docKind: 'plan' | 'measure' | 'other' }
export interface TargetSuggestion extends Span { value: number; unit: string; what: string; year: number | null; sentence: Span }
export interface PersonSuggestion extends Span { name: string; post: string }
export interface NamedSpan extends Span { name: string }

export interface Suggestions {
  dates: DateSuggestion[];
  regions: TagSuggestion[];
  chains: TagSuggestion[];
  meetingKinds: MeetingKindSuggestion[];
  plans: PlanSuggestion[];
  targets: TargetSuggestion[];
  people: PersonSuggestion[];
  /** Government and party bodies. */
  bodies: NamedSpan[];
  /** Firms, research institutes, laboratories and universities: every actor that is not a government body. */
  firms: NamedSpan[];
}
