import type { CleanedText } from '../clean/scrape';
import { detectScript } from '../text/script';
import type { ImportFormat, ParseResult } from '../types';

export interface Origin {
  format: ImportFormat;
  encoding: string;
  raw: string;
  fileName: string;
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || name || 'untitled';
}

/** The first sentence of the body, for articles without a headline. */
function firstSentence(paragraph: string): string {
  const sentence = paragraph.match(/^.*?[。！？!?](?=.)/)?.[0] ?? paragraph;
  return sentence.length > 60 ? sentence.slice(0, 59) + '…' : sentence;
}

export function assembleArticle(cleaned: CleanedText, origin: Origin): ParseResult {
  const { paragraphs } = cleaned;
  if (paragraphs.length === 0) {
    return { ok: false, error: { code: 'empty', message: 'no article text is left once menus, notices and other page furniture are removed' } };
  }
  const headline = cleaned.title?.trim();
  // Without a headline the title is made up: said so (titleProvisional), never passed off as the article's own.
  const title = headline || firstSentence(paragraphs[0]!) || baseName(origin.fileName);
  const body = paragraphs.join('\n\n');
  return {
    ok: true,
    article: {
      format: origin.format,
      encoding: origin.encoding,
      raw: origin.raw,
      title,
      titleProvisional: !headline,
      originalTitle: cleaned.originalTitle,
      outlet: cleaned.outlet,
      reporter: cleaned.reporter,
      url: cleaned.url,
      publishedAt: cleaned.publishedAt,
      script: detectScript(title + body),
      paragraphs,
      body,
    },
  };
}
