// Injected into the page under test (Chainline's timeline or the vis-timeline
// peer) as plain JavaScript, so the bench's TypeScript build adds nothing to it.
// It pans and zooms continuously, one window change per animation frame, the
// same path for both: zoom in, pan right, zoom out, pan left.
//
// Work per frame is measured the same way for both: the input applied in the
// frame plus every other requestAnimationFrame callback of that frame (both
// draw there: Chainline its canvas, vis-timeline its throttled redraw), up to
// the microtasks they leave (React's store updates). Style, layout and paint
// the browser does after the callbacks are not included; the frame interval is.
(() => {
  if (window.__benchDrive) return;
  const PHASES = [{ zoom: 1.06 }, { pan: 40 }, { zoom: 1 / 1.06 }, { pan: -40 }];
  const raf = window.requestAnimationFrame.bind(window);
  const frameWork = new Map();
  let recording = false;
  const add = (t, ms) => frameWork.set(t, (frameWork.get(t) ?? 0) + ms);

  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      if (!recording) return cb(t);
      const s = performance.now();
      try {
        cb(t);
      } finally {
        queueMicrotask(() => add(t, performance.now() - s));
      }
    });

  /** Chainline: synthetic wheel events on the canvas, read by the app's own wheel handler. */
  function chainlineStep(step) {
    const canvas = document.querySelector('canvas.tl-canvas');
    const r = canvas.getBoundingClientRect();
    const init = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true };
    // The handler zooms by exp(-deltaY * 0.002) and pans by -deltaX.
    if (step.zoom) canvas.dispatchEvent(new WheelEvent('wheel', { ...init, deltaY: -Math.log(step.zoom) / 0.002 }));
    else canvas.dispatchEvent(new WheelEvent('wheel', { ...init, deltaX: step.pan }));
  }

  /** vis-timeline: its public setWindow without animation (it redraws in its next animation frame). */
  function visStep(step) {
    const tl = window.__vis;
    const w = tl.getWindow();
    const start = w.start.getTime();
    const end = w.end.getTime();
    const span = end - start;
    const mid = start + span / 2;
    const width = document.querySelector('#tl').clientWidth;
    if (step.zoom) tl.setWindow(mid - span / step.zoom / 2, mid + span / step.zoom / 2, { animation: false });
    else tl.setWindow(start + (step.pan / width) * span, end + (step.pan / width) * span, { animation: false });
  }

  // A slow peer can take seconds per frame: stop at the time budget with the frames measured so far.
  window.__benchDrive = (target, framesPerPhase, budgetMs) =>
    new Promise((done) => {
      const apply = target === 'vis' ? visStep : chainlineStep;
      const stamps = [];
      const began = performance.now();
      frameWork.clear();
      recording = true;
      let frame = 0;
      const tick = (now) => {
        stamps.push(now);
        const phase = PHASES[Math.floor(frame / framesPerPhase)];
        if (!phase || now - began > budgetMs) {
          // One more frame so the last input's drawing is counted.
          raf(() => {
            recording = false;
            const work = stamps.slice(1).map((t) => frameWork.get(t) ?? 0);
            done({ began, intervals: stamps.slice(1).map((t, i) => t - stamps[i]), work, frames: frame, complete: !phase });
          });
          return;
        }
        const s = performance.now();
        apply(phase);
        add(now, performance.now() - s);
        frame++;
        raf(tick);
      };
      raf(tick);
    });
})();
