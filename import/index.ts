// The article-import library: bytes or pasted text in, a clean article and suggestions out. No storage.
export type {
  ImportFormat, ParsedArticle, ParseResult, ParseError, ParseErrorCode, Script, Lexicon, LexiconEntry, Span, Suggestions,
  DateSuggestion, TagSuggestion, MeetingKind, MeetingKindSuggestion, PlanSuggestion, TargetSuggestion, PersonSuggestion, NamedSpan,
} from './types';
export { parseArticle } from './parse-article';
export { parsePastedText } from './paste';
export { contentFingerprint } from './fingerprint';
export { suggest } from './suggest/index';
export { LIMITS, checkArticleLength, checkFileSize, maxFileBytes, tooLarge } from './limits';
