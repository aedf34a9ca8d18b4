import type { Span } from '../types';

const END = /[。！？!?]+[”’」』"）)]*|\n+/g;

/** Sentence boundaries of a body, for quoting the sentence around a match. */
export class SentenceIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {
    let start = 0;
    for (const m of text.matchAll(END)) {
      const end = m[0].startsWith('\n') ? m.index! : m.index! + m[0].length;
      this.push(start, end);
      start = m.index! + m[0].length;
    }
    this.push(start, text.length);
  }

  private push(start: number, end: number) {
    while (start < end && /\s/.test(this.text[start]!)) start++;
    if (start < end) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** The sentence holding offset `at`. */
  at(at: number): Span {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    const start = this.starts[low] ?? 0;
    const end = this.ends[low] ?? this.text.length;
    return { text: this.text.slice(start, end), start, end };
  }
}
