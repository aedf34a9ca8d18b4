import mammoth from 'mammoth';
import { cleanScrape } from '../clean/scrape';
import type { ParseResult } from '../types';
import { assembleArticle } from './assemble';

/** A Word document: mammoth's raw text, one paragraph per Word paragraph, then the scrape rules. */
export async function parseDocx(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  let text: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    text = result.value;
  } catch (error) {
    return { ok: false, error: { code: 'corrupt', message: `not a readable Word document: ${(error as Error).message}` } };
  }
  return assembleArticle(cleanScrape(text), { format: 'docx', encoding: 'binary', raw: text, fileName });
}
