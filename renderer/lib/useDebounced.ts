import { useEffect, useRef } from 'react';

/** Calls fn with value once typing pauses for `ms`; the latest fn is always used. */
export function useDebouncedEffect<T>(value: T, ms: number, fn: (v: T) => void) {
  const latest = useRef(fn);
  latest.current = fn;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const h = setTimeout(() => latest.current(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
}
