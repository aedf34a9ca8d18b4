import { isHeadlineLike } from '../text/headline-like';
import { isBylineLine, parseByline, type Byline } from '../meta/byline';
import { readFieldLine } from '../meta/fields';
import { extendsTitle, stripHeadlineArtefacts } from '../meta/headline';
import { dateFromNeighbours } from '../meta/neighbours';
import { reporterFromParagraphs } from '../meta/reporter';
import { isCaptionLine, stripLeadingPictureMark } from './captions';
import { isContactLine } from './contact';
import { isCreditsLine } from './credits';
import { isCopyrightLine } from './copyright';
import { isCounterLine } from './counters';
import { dropConsecutiveDuplicates } from './duplicates';
import { isFooterLine } from './footer';
import { stripPronunciationGlosses } from './glosses';
import { isNavLine } from './nav';
import { comparable, splitLines, tidyParagraph } from './normalize';
import { isPageNumberLine } from './page-numbers';
import { isRelatedHeading, isTagsLine } from './related';
import { removeRepeatedLead } from './repeated-lead';
import { isShareLine } from './share';
import { cutTail, firstBodyLine } from './tail';
import { joinWrappedLines } from './wrapped';

/** What the container (HTML meta tags, Markdown front matter, PDF info) already says. */
export interface TextHints {
  title?: string | null;
  originalTitle?: string | null;
  /** An explicit source (meta ContentSource, front matter "source"): beats the text's byline. */
  outlet?: string | null;
  /** The hosting site (og:site_name): used only when the text names no source. */
  siteName?: string | null;
  reporter?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

export interface CleanedText {
  title: string | null;
  originalTitle: string | null;
  outlet: string | null;
  reporter: string | null;
  url: string | null;
  publishedAt: string | null;
  paragraphs: string[];
}

const EMPTY_BYLINE: Byline = { outlet: null, publishedAt: null, reporter: null, editor: null };

function isJunkLine(line: string): boolean {
  return (
    isNavLine(line) || isShareLine(line) || isCaptionLine(line) || isCounterLine(line) ||
    isCopyrightLine(line) || isContactLine(line) || isRelatedHeading(line) || isTagsLine(line) ||
    isFooterLine(line) || isPageNumberLine(line) || isCreditsLine(line)
  );
}

function sameText(a: string, b: string | null): boolean {
  return b !== null && comparable(a) === comparable(b);
}

type FieldKind = 'originalTitle' | 'outlet' | 'reporter' | 'editor' | 'url';

interface SortedLines {
  /** Lines that may be article text, blank lines kept as block separators. */
  kept: string[];
  byline: Byline;
  /** Index in `kept` where the byline stood, or -1. */
  bylineAt: number;
  fields: Record<FieldKind, string | null>;
  neighbourDates: (string | null)[];
}

/** Sorts lines into the byline (the first one above the body), metadata lines, junk, and the rest. */
function sortLines(lines: readonly string[]): SortedLines {
  const bodyStart = firstBodyLine(lines);
  const headEnd = bodyStart < 0 ? Math.min(lines.length, 12) : bodyStart;
  const sorted: SortedLines = {
    kept: [], byline: EMPTY_BYLINE, bylineAt: -1, neighbourDates: [],
    fields: { originalTitle: null, outlet: null, reporter: null, editor: null, url: null },
  };
  lines.forEach((line, i) => {
    if (line === '') return void sorted.kept.push(line);
    if (sorted.bylineAt < 0 && i < headEnd && isBylineLine(line)) {
      sorted.byline = parseByline(line);
      sorted.bylineAt = sorted.kept.length;
      return;
    }
    const field = readFieldLine(line);
    if (field?.kind === 'neighbour') sorted.neighbourDates.push(field.date);
    else if (field) sorted.fields[field.kind] ??= field.value;
    else if (!isJunkLine(line)) sorted.kept.push(line);
  });
  return sorted;
}

/** The headline and the lines after it: the line above the byline, else a headline-like first line. */
function splitHeadline(kept: string[], bylineAt: number, hinted: string | null): { title: string | null; body: string[] } {
  if (bylineAt >= 0) {
    const headline = kept.slice(0, bylineAt).filter(Boolean).at(-1);
    const title = hinted ?? (headline && isHeadlineLike(headline) ? stripHeadlineArtefacts(headline) : null);
    return { title, body: kept.slice(bylineAt) };
  }
  if (hinted) return { title: hinted, body: kept };
  const first = kept.findIndex(Boolean);
  if (first >= 0 && isHeadlineLike(kept[first]!) && kept.slice(first + 1).some(Boolean)) {
    return { title: stripHeadlineArtefacts(kept[first]!), body: kept.slice(first + 1) };
  }
  return { title: null, body: kept };
}

/**
 * Paragraphs without copies of the title, without the repeated lead and duplicates. A headline-like
 * first paragraph that extends the title is the article's own headline: it replaces a shorter title.
 */
function finishParagraphs(body: string[], title: string | null, hinted: string | null): { title: string | null; paragraphs: string[] } {
  let paragraphs = joinWrappedLines(body).map((p) => tidyParagraph(stripLeadingPictureMark(p))).filter(Boolean);
  while (paragraphs.length > 0 && (sameText(paragraphs[0]!, title) || sameText(paragraphs[0]!, hinted))) paragraphs.shift();
  paragraphs = dropConsecutiveDuplicates(removeRepeatedLead(paragraphs));
  const first = paragraphs[0];
  if (title && first && paragraphs.length > 1 && isHeadlineLike(first) && extendsTitle(first, title)) {
    if (comparable(first).length > comparable(title).length) title = first;
    paragraphs.shift();
  }
  return { title, paragraphs };
}

/**
 * Turns scraped text into a headline, metadata and clean paragraphs. The order matters: the tail is
 * cut before the byline is looked for (related lists carry bylines of their own), and the headline
 * is the line just above the byline once junk lines are gone.
 */
export function cleanScrape(text: string, hints: TextHints = {}): CleanedText {
  const { kept, byline, bylineAt, fields, neighbourDates } = sortLines(cutTail(splitLines(stripPronunciationGlosses(text))));
  const hinted = hints.title ? stripHeadlineArtefacts(hints.title) : null;
  const headline = splitHeadline(kept, bylineAt, hinted);
  const { title, paragraphs } = finishParagraphs(headline.body, headline.title, hinted);
  return {
    title,
    originalTitle: hints.originalTitle ?? fields.originalTitle,
    outlet: hints.outlet ?? byline.outlet ?? fields.outlet ?? hints.siteName ?? null,
    reporter: hints.reporter ?? byline.reporter ?? fields.reporter ?? reporterFromParagraphs(paragraphs) ?? byline.editor ?? fields.editor,
    url: hints.url ?? fields.url,
    publishedAt: hints.publishedAt ?? byline.publishedAt ?? dateFromNeighbours(neighbourDates),
    paragraphs,
  };
}
