import { readFileSync, readdirSync } from 'node:fs';
import { cleanScrape } from './import/clean/scrape';
for (const f of readdirSync('/work/shared/corpus')) {
  const r = cleanScrape(readFileSync('/work/shared/corpus/' + f, 'utf8'));
  console.log('=====', f, JSON.stringify({ ...r, paragraphs: undefined }, null, 1));
  r.paragraphs.forEach((p, i) => console.log(i, p.slice(0, 70), p.length > 70 ? '…' + p.slice(-20) : ''));
}
