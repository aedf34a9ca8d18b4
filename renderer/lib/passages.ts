/** A run of source text with the same highlighting: which citations cover it, and whether it is the passage jumped to. */
export interface Run {
  start: number;
  end: number;
  citations: string[];
  target: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  runs: Run[];
}

interface Range {
  id: string;
  start: number;
  end: number;
}

/**
 * Splits a plain-text body into paragraphs (on newlines) and each paragraph
 * into runs at every citation boundary, keeping absolute offsets into the body
 * so a selection maps back to exact start/end offsets for citations.add.
 */
export function paragraphs(body: string, cites: Range[], target: { start: number; end: number } | null): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of body.split('\n')) {
    const start = at;
    const end = at + line.length;
    at = end + 1;
    if (!line.trim()) continue;
    const cuts = new Set([start, end]);
    const inside = (n: number) => n > start && n < end;
    for (const c of cites) {
      if (inside(c.start)) cuts.add(c.start);
      if (inside(c.end)) cuts.add(c.end);
    }
    if (target) {
      if (inside(target.start)) cuts.add(target.start);
      if (inside(target.end)) cuts.add(target.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [s, e] = [points[i], points[i + 1]];
      runs.push({
        start: s,
        end: e,
        citations: cites.filter((c) => c.start < e && c.end > s).map((c) => c.id),
        target: !!target && target.start < e && target.end > s,
      });
    }
    out.push({ start, end, runs });
  }
  return out;
}

/** The body offset of a DOM point inside the reader (each run's element carries data-o = its start offset). */
export function offsetOf(node: Node, offset: number, root: HTMLElement): number | null {
  const runStart = (t: Node) => {
    const el = t.parentElement?.closest<HTMLElement>('[data-o]');
    return el && root.contains(el) ? Number(el.dataset.o) : null;
  };
  if (node.nodeType === Node.TEXT_NODE) {
    const s = runStart(node);
    return s == null ? null : s + offset;
  }
  // A point between elements (triple-click, selection across paragraphs): the
  // first run at or after it, else the end of the last run before it.
  const point = document.createRange();
  point.setStart(node, offset);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let before: Node | null = null;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const r = document.createRange();
    r.selectNodeContents(t);
    if (point.compareBoundaryPoints(Range.START_TO_START, r) <= 0) {
      const s = runStart(t);
      if (s != null) return s;
    } else before = t;
  }
  const s = before ? runStart(before) : null;
  return s == null || !before ? null : s + (before.textContent?.length ?? 0);
}
