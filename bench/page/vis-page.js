// The vis-timeline peer: the same records (items with their lanes as groups)
// that Chainline's timeline shows, fetched as JSON and handed to vis-timeline.
// window.__visFirstFrame: ms from the fetch to the first frame after vis-timeline's
// first redraw ('changed'), the counterpart of Chainline's 'timeline:first-paint'.
(async () => {
  const t0 = performance.now();
  const data = await (await fetch('data.json')).json();
  const items = new vis.DataSet(data.items);
  const groups = new vis.DataSet(data.groups);
  let first = true;
  const timeline = new vis.Timeline(document.getElementById('tl'), items, groups, {
    stack: true,
    selectable: false,
    showCurrentTime: false,
    orientation: 'top',
    height: '100%',
    verticalScroll: true,
  });
  timeline.on('changed', () => {
    if (!first) return;
    first = false;
    requestAnimationFrame(() => (window.__visFirstFrame = performance.now() - t0));
  });
  window.__vis = timeline;
})().catch((err) => (window.__visError = String(err)));
