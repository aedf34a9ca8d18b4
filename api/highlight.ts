/** A snippet as segments, so the renderer highlights hits without ever parsing HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

export interface Highlight {
  segments: Segment[];
  /** Offset of the first hit in the full text, or -1: lets the UI jump to it. */
  firstHit: number;
}
