import { cleanScrape, type TextHints } from '../clean/scrape';
import { findDateTime } from '../meta/datetime';
import type { ParseResult } from '../types';
import { assembleArticle } from './assemble';

const FRONT_MATTER = /^---\s*\n([\s\S]*?)\n---\s*(?:\n|$)/;

function frontMatter(text: string): { hints: TextHints; rest: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { hints: {}, rest: text };
  const hints: TextHints = {};
  for (const line of m[1]!.split('\n')) {
    const field = /^([\w-]+)\s*:\s*(.*)$/.exec(line.trim());
    if (!field) continue;
    const key = field[1]!.toLowerCase();
    const value = field[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (!value) continue;
    if (key === 'title') hints.title = value;
    else if (key === 'original_title' || key === 'originaltitle') hints.originalTitle = value;
    else if (key === 'source' || key === 'outlet' || key === 'publisher') hints.outlet = value;
    else if (key === 'author' || key === 'reporter') hints.reporter = value;
    else if (key === 'url' || key === 'link') hints.url = value;
    else if (key === 'date' || key === 'published' || key === 'publishedat' || key === 'published_at') hints.publishedAt = findDateTime(value);
  }
  return { hints, rest: text.slice(m[0].length) };
}

function inline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1');
}

/** Markdown to plain lines: headings become their own paragraphs; the first level-1 heading is the title. */
export function markdownToText(markdown: string): { text: string; hints: TextHints } {
  const { hints, rest } = frontMatter(markdown.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
  const lines = rest.split('\n');
  const out: string[] = [];
  let fenced = false;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return void out.push(line);
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) return;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return void out.push('');
    const next = lines[i + 1]?.trim() ?? '';
    if (/^=+$/.test(line.trim()) || (/^-+$/.test(line.trim()) && out.at(-1))) return void out.push('');
    const heading = /^\s*(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const setext = /^=+$/.test(next) ? 1 : /^-+$/.test(next) && line.trim() ? 2 : 0;
    if (heading || setext) {
      const text = inline(heading ? heading[2]! : line.trim());
      const level = heading ? heading[1]!.length : setext;
      if (level === 1 && !hints.title) hints.title = text;
      else out.push('', text, '');
      return;
    }
    const item = line.replace(/^\s*>\s?/, '').replace(/^\s*[-*+]\s+(?:\[[ xX]\]\s+)?/, '');
    out.push(inline(item));
  });
  return { text: out.join('\n'), hints };
}

export function parseMarkdown(text: string, encoding: string, fileName: string): ParseResult {
  const { text: plain, hints } = markdownToText(text);
  return assembleArticle(cleanScrape(plain, hints), { format: 'md', encoding, raw: text, fileName });
}
