import { readFileSync } from 'node:fs';
import path from 'node:path';

// A broad, real vocabulary for synthetic articles: the simplified words of
// OpenCC's phrase dictionary (tens of thousands of everyday and technical
// words), so benchmark text is not a handful of sentences repeated.
export function loadVocabulary(): string[] {
  // The package's exports map hides its dictionaries, so read the file by path.
  const file = path.resolve(import.meta.dirname, '../node_modules/opencc-js/dist/esm-lib/dict/STPhrases.js');
  const text = readFileSync(file, 'utf8');
  const body = text.slice(text.indexOf('"') + 1, text.lastIndexOf('"'));
  return [...new Set(body.split('|').map((e) => e.split(' ')[0]).filter((w) => w.length >= 2 && w.length <= 4 && /^\p{Script=Han}+$/u.test(w)))];
}
