import * as OpenCC from 'opencc-js';
import { fold } from '../db/text/fold';
import type { BenchArticle } from './corpus';

export type Script = 'simplified' | 'traditional';
export type Frequency = 'common' | 'rare';

export interface BenchQuery {
  length: 1 | 2 | 3 | 6;
  script: Script;
  frequency: Frequency;
  text: string;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Both scripts of a query, as a tool that cannot fold scripts (LIKE, ripgrep)
 * must search them: the simplified form and its traditional conversion (the
 * converter the corpus used).
 */
export function scriptForms(q: string): string[] {
  const simplified = toSimplified(q);
  return [...new Set([simplified, toTraditional(simplified)])];
}

// Very common strings: in (nearly) every synthetic article (the lead paragraph
// names the chain's 产业链; policy sentences recur).
const COMMON: Record<BenchQuery['length'], string> = { 1: '产', 2: '发展', 3: '产业链', 6: '优化营商环境' };

const HAN = /^\p{Script=Han}+$/u;

/** Document frequency of every character and bigram (folded) in a sample. */
function frequencies(sample: BenchArticle[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const a of sample) {
    const text = fold(`${a.title}\n${a.body}`);
    const seen = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      seen.add(text[i]);
      seen.add(text.slice(i, i + 2));
    }
    for (const g of seen) df.set(g, (df.get(g) ?? 0) + 1);
  }
  return df;
}

/**
 * A rare string of `length` characters taken from one article (so it occurs
 * at least once): the window around the article's rarest bigram (or rarest
 * character), all Han; for traditional, one that differs from its simplified form.
 */
function rareFrom(a: BenchArticle, length: number, df: Map<string, number>, script: Script): string {
  const text = a.body;
  let best = '';
  let bestDf = Infinity;
  for (let i = 0; i + length <= text.length; i++) {
    const w = text.slice(i, i + length);
    if (!HAN.test(w) || (script === 'traditional' && toSimplified(w) === w)) continue;
    const f = fold(w);
    // A window is as rare as its rarest character or bigram.
    let r = Infinity;
    for (let k = 0; k < f.length; k++) r = Math.min(r, df.get(f.slice(k, k + Math.min(2, length))) ?? 0);
    if (r < bestDf) [best, bestDf] = [w, r];
  }
  if (!best) throw new Error(`no ${script} ${length}-character window in the sample article`);
  return best;
}

/**
 * The 16 query classes: 1, 2, 3 and 6 characters × simplified and traditional
 * × very common and rare. Rare strings come from the first articles of the
 * corpus, which every dataset size shares, so each size runs the same queries.
 */
export function benchQueries(sample: BenchArticle[]): BenchQuery[] {
  const df = frequencies(sample);
  const simplified = sample.find((a) => !a.traditional)!;
  const traditional = sample.find((a) => a.traditional)!;
  const out: BenchQuery[] = [];
  for (const length of [1, 2, 3, 6] as const) {
    out.push({ length, script: 'simplified', frequency: 'common', text: COMMON[length] });
    out.push({ length, script: 'traditional', frequency: 'common', text: toTraditional(COMMON[length]) });
    out.push({ length, script: 'simplified', frequency: 'rare', text: rareFrom(simplified, length, df, 'simplified') });
    out.push({ length, script: 'traditional', frequency: 'rare', text: rareFrom(traditional, length, df, 'traditional') });
  }
  return out;
}
