import { useEffect, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { hitTest, sameTarget } from './hit';
import type { TimelineModel } from './layout/model';
import { fitTo, panBy, zoomAt, type Scale } from './layout/scale';
import type { Track } from './layout/tracks';
import { userMoves, type Focus, type PlotState } from './plot-state';
import { useHover } from './state/hover';

/** Wheel deltas in pixels whatever the device reports (lines on some mice). */
const wheelPx = (e: WheelEvent, d: number) => (e.deltaMode === 1 ? d * 16 : e.deltaMode === 2 ? d * 400 : d);

interface PointerNavOptions {
  f: RefObject<PlotState>;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  scrollRef: RefObject<HTMLDivElement | null>;
  tracks: Track[];
  model: TimelineModel;
  setScale(s: Scale): void;
  invalidate(): void;
  onItem(f: Focus): void;
  onOverflow(track: number): void;
}

/**
 * Mouse, touch and wheel on the canvas: drag pans (and scrolls lanes), two
 * fingers pinch-zoom, the wheel zooms about the pointer (ctrl/pinch too),
 * sideways swipes pan, shift+wheel scrolls lanes; hover tracks what is under
 * the pointer; a click opens a record, zooms into a cluster or shows a lane's
 * folded rows.
 */
export function usePointerNav(o: PointerNavOptions) {
  const { f, canvasRef, scrollRef, tracks, model, setScale, invalidate } = o;

  // Wheel: zoom (plain or pinch/ctrl), pan (horizontal swipe), scroll lanes (shift). Non-passive so the page does not scroll.
  useEffect(() => {
    const canvas = canvasRef.current!;
    const onWheel = (e: WheelEvent) => {
      const st = f.current;
      if (!st.scale || !st.lim) return;
      e.preventDefault();
      userMoves(st);
      const dx = wheelPx(e, e.deltaX);
      const dy = wheelPx(e, e.deltaY);
      const x = e.clientX - canvas.getBoundingClientRect().left;
      if (e.ctrlKey || e.metaKey) setScale(zoomAt(st.scale, Math.exp(-dy * 0.01), x, st.lim));
      else if (e.shiftKey) scrollRef.current!.scrollTop += dy || dx;
      else if (Math.abs(dx) > Math.abs(dy)) setScale(panBy(st.scale, -dx, st.lim));
      else setScale(zoomAt(st.scale, Math.exp(-dy * 0.002), x, st.lim));
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [setScale, canvasRef, scrollRef, f]);

  const pointAt = (e: { clientX: number; clientY: number }) => {
    const r = canvasRef.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  const onPointerDown = (e: ReactPointerEvent) => {
    if (e.button !== 0) return;
    const st = f.current;
    userMoves(st);
    canvasRef.current!.setPointerCapture(e.pointerId);
    st.drag ??= { x: e.clientX, y: e.clientY, moved: false, pointers: new Map(), pinch: 0 };
    st.drag.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (st.drag.pointers.size === 2) {
      const [a, b] = [...st.drag.pointers.values()];
      st.drag.pinch = Math.hypot(a.x - b.x, a.y - b.y);
    }
  };

  const onPointerMove = (e: ReactPointerEvent) => {
    const st = f.current;
    const d = st.drag;
    if (d && d.pointers.has(e.pointerId) && st.scale && st.lim) {
      const prev = d.pointers.get(e.pointerId)!;
      d.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (d.pointers.size === 2) {
        // Two fingers: zoom about their midpoint by the change in their distance.
        const [a, b] = [...d.pointers.values()];
        const dist = Math.hypot(a.x - b.x, a.y - b.y);
        const mid = pointAt({ clientX: (a.x + b.x) / 2, clientY: (a.y + b.y) / 2 });
        if (d.pinch > 0) setScale(zoomAt(st.scale, dist / d.pinch, mid.x, st.lim));
        d.pinch = dist;
        d.moved = true;
        return;
      }
      const dx = e.clientX - prev.x;
      const dy = e.clientY - prev.y;
      if (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < 4) return;
      d.moved = true;
      setScale(panBy(st.scale, dx, st.lim));
      if (dy) scrollRef.current!.scrollTop -= dy;
      return;
    }
    const p = pointAt(e);
    const t = hitTest(st.hits, tracks, p.x, p.y);
    const canvas = canvasRef.current!;
    canvas.style.cursor = t ? 'pointer' : 'grab';
    if (!sameTarget(t, st.hover)) {
      st.hover = t;
      invalidate();
    }
    useHover.getState().set(t, p.x, p.y);
  };

  const onPointerUp = (e: ReactPointerEvent) => {
    const st = f.current;
    const d = st.drag;
    if (!d) return;
    d.pointers.delete(e.pointerId);
    if (d.pointers.size) return;
    st.drag = null;
    if (d.moved || !st.scale || !st.lim) return;
    const p = pointAt(e);
    const t = hitTest(st.hits, tracks, p.x, p.y);
    if (!t) return;
    if (t.type === 'item') o.onItem({ item: t.item, track: t.track });
    else if (t.type === 'overflow') o.onOverflow(t.track);
    else {
      // Zoom so the cluster's records fill most of the width: it comes apart.
      const row = tracks[t.track].packing.rows[t.row];
      let a = Infinity;
      let b = -Infinity;
      for (let k = t.mark.first; k <= t.mark.last; k++) {
        a = Math.min(a, model.start[row[k]]);
        b = Math.max(b, model.end[row[k]]);
      }
      setScale(fitTo(st.scale.width, a, b, st.lim, 0.2));
    }
  };

  const onPointerLeave = () => {
    f.current.hover = null;
    useHover.getState().set(null, 0, 0);
    invalidate();
  };

  return { onPointerDown, onPointerMove, onPointerUp, onPointerLeave };
}
