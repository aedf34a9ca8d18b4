import type { Highlight } from '../../api/highlight';

/** Search hits as <mark>: the API sends segments, so no HTML is ever parsed. */
export function Highlighted({ h }: { h: Highlight }) {
  return (
    <>
      {h.segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
