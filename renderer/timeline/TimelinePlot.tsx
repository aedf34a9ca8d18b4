import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Axis } from './Axis';
import { announce } from './describe';
import { drawFrame, newTextCache, rowTop, SCREEN_TRACKS } from './draw';
import { keyAction } from './keys';
import { LaneLabels } from './LaneLabels';
import { useTranslation } from 'react-i18next';
import { useLang } from './lang';
import { locate, orderIndex } from './layout/locate';
import type { TimelineModel } from './layout/model';
import { clampScale, dayAt, fitTo, limitsFor, panBy, xOf, zoomAt, type Scale } from './layout/scale';
import { axisFormat, axisTicks } from './layout/ticks';
import { buildTracks } from './layout/tracks';
import { labelsOf } from './labels';
import { openItem } from './open-record';
import { newPlotState, userMoves, type Focus, type PlotState } from './plot-state';
import { useTimelineView } from './state/view';
import { useHover } from './state/hover';
import { useViewport } from './state/viewport';
import { readTheme } from './theme';
import { Tooltip } from './Tooltip';
import { usePointerNav } from './usePointerNav';
import { MARK_START } from './useTimelineData';

const ZOOM_MS = 180;

/**
 * The interactive timeline: DOM axis and lane labels around one canvas that
 * draws only the visible rows and window. Everything a frame needs lives in
 * refs; React re-renders only when lanes, data or focus change.
 */
export function TimelinePlot({ model }: { model: TimelineModel }) {
  const { t: s } = useTranslation('timeline');
  const lang = useLang();
  const open = useTimelineView((v) => v.open);
  const full = useTimelineView((v) => v.full);
  const request = useTimelineView((v) => v.request);
  const toggleFull = useTimelineView((v) => v.toggleFull);
  const { tracks, height } = useMemo(() => buildTracks(model, new Set(open), new Set(full), SCREEN_TRACKS), [model, open, full]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const [focus, setFocus] = useState<(Focus & { model: TimelineModel }) | null>(null);
  const [said, setSaid] = useState('');
  const saidFor = useRef(0);

  // Frame state: read by the draw loop, never rendered by React.
  const f = useRef<PlotState>(newPlotState());
  const live = { model, tracks, size };
  const liveRef = useRef(live);
  liveRef.current = live;
  f.current.focus = focus && focus.model === model ? focus : null;

  const draw = useCallback(() => {
    const st = f.current;
    st.raf = 0;
    const { model: m, tracks: ts, size: sz } = liveRef.current;
    const canvas = canvasRef.current;
    if (!canvas || !st.scale || sz.w <= 0 || sz.h <= 0) return;
    performance.mark('timeline:frame-start');
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(sz.w * dpr) || canvas.height !== Math.round(sz.h * dpr)) {
      canvas.width = Math.round(sz.w * dpr);
      canvas.height = Math.round(sz.h * dpr);
    }
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    st.theme ??= readTheme(canvas);
    if (st.text.model !== m) st.text = { model: m, widths: new Float32Array(m.count).fill(-1), cuts: new Map() };
    const scrollTop = scrollRef.current?.scrollTop ?? 0;
    st.hits = drawFrame({
      ctx, width: sz.w, height: sz.h, model: m, tracks: ts, scale: st.scale, scrollTop, axis: axisTicks(st.scale, axisFormat(lang)), theme: st.theme,
      hover: st.hover, focus: st.focus, text: st.text, want: (i) => labelsOf(m).want(i),
    });
    performance.measure('timeline:frame', 'timeline:frame-start');
    performance.clearMarks('timeline:frame-start');
    if (st.painted !== m) {
      st.painted = m;
      if (performance.getEntriesByName(MARK_START, 'mark').length) performance.measure('timeline:first-paint', MARK_START);
      canvas.dataset.painted = String(m.count);
    }
    useViewport.getState().set({ scale: st.scale, scrollTop, viewH: sz.h });
  }, [lang]);

  const invalidate = useCallback(() => {
    if (!f.current.raf) f.current.raf = requestAnimationFrame(draw);
  }, [draw]);

  const setScale = useCallback(
    (next: Scale) => {
      const st = f.current;
      st.scale = st.lim ? clampScale(next, st.lim) : next;
      invalidate();
    },
    [invalidate],
  );

  /** Eases a zoom over a few frames (buttons and keys); wheel and pinch zoom directly. */
  const animateZoom = useCallback(
    (factor: number, anchorX?: number) => {
      const st = f.current;
      if (!st.scale || !st.lim) return;
      const base = st.zoomTo ?? st.scale;
      const to = zoomAt(base, factor, anchorX ?? base.width / 2, st.lim);
      userMoves(st);
      st.zoomTo = to;
      const from = st.scale;
      const t0 = performance.now();
      const tick = (now: number) => {
        const k = Math.min(1, (now - t0) / ZOOM_MS);
        const e = 1 - (1 - k) ** 3;
        const ppd = from.pxPerDay * (to.pxPerDay / from.pxPerDay) ** e;
        setScale({ start: from.start + (to.start - from.start) * e, pxPerDay: ppd, width: from.width });
        if (k < 1) st.anim = requestAnimationFrame(tick);
        else st.zoomTo = null;
      };
      st.anim = requestAnimationFrame(tick);
    },
    [setScale],
  );

  const fitAll = useCallback(() => {
    const st = f.current;
    userMoves(st);
    if (st.lim && size.w > 0) setScale(fitTo(size.w, model.minDay, model.maxDay, st.lim));
  }, [model, size.w, setScale]);

  // Size: the plot column's width, the scroller's height.
  useLayoutEffect(() => {
    const scroller = scrollRef.current!;
    const plot = plotRef.current!;
    const ro = new ResizeObserver(() => setSize({ w: plot.clientWidth, h: scroller.clientHeight }));
    ro.observe(scroller);
    ro.observe(plot);
    setSize({ w: plot.clientWidth, h: scroller.clientHeight });
    return () => ro.disconnect();
  }, []);

  // Limits and window: on new data or size, keep the window if there is one, else fit; a requested window (saved view) wins.
  useLayoutEffect(() => {
    const st = f.current;
    if (size.w <= 0) return;
    st.lim = limitsFor(size.w, model.minDay, model.maxDay);
    // A requested window is fitted again when its data (new lanes) or a new width arrives, until the user moves it.
    if (request && (request.seq !== st.appliedSeq || st.requested)) {
      st.appliedSeq = request.seq;
      st.requested = true;
      setScale(fitTo(size.w, request.from, request.to, st.lim, 0));
    } else if (st.scale) setScale({ ...st.scale, width: size.w });
    else setScale(fitTo(size.w, model.minDay, model.maxDay, st.lim));
  }, [model, size.w, request, setScale]);

  useEffect(invalidate, [tracks, size.h, focus, invalidate]);
  useEffect(() => labelsOf(model).subscribe(invalidate), [model, invalidate]);

  // Fonts arriving late change text widths; themes change colours.
  useEffect(() => {
    const refresh = () => {
      f.current.text = newTextCache();
      f.current.theme = null;
      invalidate();
    };
    document.fonts.addEventListener('loadingdone', refresh);
    const mo = new MutationObserver(refresh);
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      document.fonts.removeEventListener('loadingdone', refresh);
      mo.disconnect();
    };
  }, [invalidate]);

  // Lanes opening or closing move items between tracks: what the pointer was over is gone; keep focus on the same record.
  useEffect(() => {
    f.current.hover = null;
    f.current.hits = [];
    useHover.getState().set(null, 0, 0);
    setFocus((cur) => {
      // Item numbers belong to one load: new data, no focus.
      if (!cur || cur.model !== model) return null;
      const at = locate(tracks, model, cur.item, cur.track);
      return at ? (at.track === cur.track ? cur : { ...cur, track: at.track }) : null;
    });
  }, [tracks, model]);

  const moveFocus = useCallback(
    (next: Focus) => {
      const st = f.current;
      const { tracks: ts, model: m } = liveRef.current;
      setFocus({ ...next, model: m });
      // Said once the record's title (and its plan's) is loaded, unless focus has moved on by then.
      const turn = ++saidFor.current;
      void labelsOf(m)
        .ensure(m.plan[next.item] >= 0 ? [next.item, m.plan[next.item]] : [next.item])
        .then(() => turn === saidFor.current && setSaid(announce(m, ts, next, orderIndex(ts[next.track], m, next.item), s, lang)));
      // Bring the record into view: pan if it is outside the window, scroll if its row is.
      if (st.scale && st.lim) {
        const x0 = xOf(st.scale, m.start[next.item]);
        const x1 = xOf(st.scale, m.end[next.item]);
        if (x1 < 8 || x0 > st.scale.width - 8) {
          userMoves(st);
          setScale({ ...st.scale, start: m.start[next.item] - (st.scale.width * 0.3) / st.scale.pxPerDay });
        }
      }
      const at = locate(ts, m, next.item, next.track);
      const scroller = scrollRef.current!;
      if (at) {
        const y = rowTop(ts[at.track], at.row);
        if (y < scroller.scrollTop) scroller.scrollTop = y - 8;
        else if (y + SCREEN_TRACKS.rowH > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = y + SCREEN_TRACKS.rowH - scroller.clientHeight + 8;
      }
    },
    [s, lang, setScale],
  );

  const onKeyDown = (e: React.KeyboardEvent) => {
    const st = f.current;
    if (!st.scale || !st.lim || e.altKey || e.ctrlKey || e.metaKey) return;
    const scroller = scrollRef.current!;
    const topTrack = Math.max(0, tracks.findIndex((t) => t.y + t.height > scroller.scrollTop));
    const a = keyAction(e, { model, tracks, focus, scale: st.scale, topTrack, viewH: scroller.clientHeight });
    if (!a) return;
    e.preventDefault();
    switch (a.type) {
      case 'focus':
        return moveFocus({ item: a.item, track: a.track });
      case 'zoom': {
        const anchor = focus ? Math.min(Math.max(xOf(st.scale, model.start[focus.item]), 0), st.scale.width) : undefined;
        return animateZoom(a.factor, anchor);
      }
      case 'pan':
        userMoves(st);
        return setScale(panBy(st.scale, a.dx, st.lim));
      case 'scroll':
        scroller.scrollTop += a.dy;
        return;
      case 'fit':
        return fitAll();
      case 'open':
        return openItem(model, a.item);
      case 'blur':
        saidFor.current++;
        setFocus(null);
        setSaid('');
    }
  };

  const pointer = usePointerNav({
    f, canvasRef, scrollRef, tracks, model, setScale, invalidate,
    onItem: (t) => {
      setFocus({ ...t, model });
      openItem(model, t.item);
    },
    onOverflow: (track) => toggleFull(tracks[track].key),
  });

  return (
    <div className="tl-frame">
      <div className="tl-axis-row">
        <div className="tl-corner" role="group" aria-label={s('window')}>
          <button type="button" onClick={() => animateZoom(1 / 1.6)} aria-label={s('zoomOut')} title={`${s('zoomOut')} (−)`}>−</button>
          <button type="button" onClick={() => animateZoom(1.6)} aria-label={s('zoomIn')} title={`${s('zoomIn')} (+)`}>+</button>
          <button type="button" onClick={fitAll} title={`${s('fit')} (0)`}>{s('fit')}</button>
        </div>
        <Axis />
      </div>
      <div className="tl-scroll" ref={scrollRef} onScroll={invalidate}>
        <div className="tl-content" style={{ height: Math.max(height, size.h) }}>
          <LaneLabels tracks={tracks} height={height} />
          <div className="tl-plot" ref={plotRef}>
            <div className="tl-sticky" style={{ height: size.h }}>
              <canvas
                ref={canvasRef}
                className="tl-canvas"
                style={{ width: size.w, height: size.h }}
                tabIndex={0}
                role="application"
                aria-roledescription={s('title')}
                aria-label={s('canvasLabel')}
                aria-describedby="tl-keys"
                onKeyDown={onKeyDown}
                onPointerDown={pointer.onPointerDown}
                onPointerMove={pointer.onPointerMove}
                onPointerUp={pointer.onPointerUp}
                onPointerCancel={pointer.onPointerUp}
                onPointerLeave={pointer.onPointerLeave}
                onBlur={() => setSaid('')}
              />
              <Tooltip model={model} tracks={tracks} plotW={size.w} />
            </div>
          </div>
        </div>
      </div>
      <p id="tl-keys" className="tl-keys">{s('keysHelp')}</p>
      <div className="sr-only" aria-live="polite" data-testid="tl-live">{said}</div>
    </div>
  );
}

/** The visible window in day numbers, for saved views and export (null before the first frame). */
export function currentWindow(): { from: number; to: number } | null {
  const sc = useViewport.getState().scale;
  return sc ? { from: sc.start, to: dayAt(sc, sc.width) } : null;
}
