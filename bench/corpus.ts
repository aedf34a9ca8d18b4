import * as OpenCC from 'opencc-js';
import { CITY_POSTS, FIRM_PREFIX, FIRM_SUFFIX, PROVINCIAL_POSTS, SENTENCES, SURNAMES, GIVEN } from '../db/services/demo-words';
import { rng } from '../db/services/rng';
import { loadVocabulary } from './vocabulary';

export { rng };

export interface BenchArticle {
  title: string;
  outlet: string;
  publishedAt: string;
  body: string;
  traditional: boolean;
}

const OUTLETS = ['河南日报', '大河网', '洛阳网', '新华网', '人民网', '经济日报', '中国电子报', '科技日报', '长春日报', '湖北日报'];
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Articles of about `length` characters: policy sentences about a region and
 * chain mixed with sentences of words drawn from a large vocabulary; a share
 * converted to traditional script.
 */
export function* articles(count: number, opts: { seed?: number; length?: number; traditionalShare?: number; regions: string[]; chains: string[] }): Generator<BenchArticle> {
  const r = rng(opts.seed ?? 7);
  const vocab = loadVocabulary();
  const length = opts.length ?? 1500;
  const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
  for (let i = 0; i < count; i++) {
    const v = {
      r: r.pick(opts.regions), c: r.pick(opts.chains),
      f: r.pick(FIRM_PREFIX) + r.pick(vocab).slice(0, 2) + r.pick(FIRM_SUFFIX),
      p: r.pick([...PROVINCIAL_POSTS, ...CITY_POSTS]) + r.pick(SURNAMES) + r.pick(GIVEN),
    };
    const year = r.int(2018, 2026);
    const month = r.int(1, 12);
    const day = r.int(1, 28);
    const paragraphs: string[] = [`${month}月${day}日,${v.r}${v.c}产业链${r.pick(['专题会议', '推进会', '工作会议', '新闻发布会', '对接活动'])}召开,${v.p}出席并讲话。`];
    let size = paragraphs[0].length;
    while (size < length) {
      const sentences: string[] = [];
      for (let s = r.int(2, 4); s > 0; s--) {
        if (r.next() < 0.35) sentences.push(fill(r.pick(SENTENCES), v));
        else {
          const words = Array.from({ length: r.int(6, 14) }, () => r.pick(vocab));
          const cut = r.int(2, words.length - 2);
          sentences.push(`${words.slice(0, cut).join('')},${words.slice(cut).join('')}${r.pick(['。', '。', '；', '！'])}`);
        }
      }
      const p = sentences.join('');
      paragraphs.push(p);
      size += p.length;
    }
    const traditional = r.next() < (opts.traditionalShare ?? 0.3);
    let title = `${v.r}${v.c}产业链${r.pick(['发展迈上新台阶', '专题会议召开', '重大项目集中签约', '推进会召开', '创新联盟成立'])}`;
    let body = paragraphs.join('\n\n');
    if (traditional) {
      title = toTraditional(title);
      body = toTraditional(body);
    }
    yield { title, outlet: r.pick(OUTLETS), publishedAt: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00:00`, body, traditional };
  }
}
