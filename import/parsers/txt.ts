import { cleanScrape } from '../clean/scrape';
import type { ParseResult } from '../types';
import { assembleArticle } from './assemble';

/** A plain-text article or scrape, already decoded. */
export function parseTxt(text: string, encoding: string, fileName: string): ParseResult {
  return assembleArticle(cleanScrape(text), { format: 'txt', encoding, raw: text, fileName });
}
