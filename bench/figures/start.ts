import { openTimeline } from '../app-page';
import { launch, newContext } from '../browser';
import { sizeLabel, type BenchContext } from '../context';
import { dataset } from '../datasets';
import { goalMax, row, stat, type Row } from '../result';
import { serve } from '../serve';

const GOAL_AT = 100_000;

/**
 * Start: from spawning `chainline serve` to the timeline's first frame with
 * every record drawn, the browser already running (as the user's is); the
 * page opens as soon as the server prints its address.
 */
export async function startFigure(ctx: BenchContext): Promise<Row[]> {
  const size = ctx.config.startRecords;
  const ds = dataset('records', size, ctx.log);
  const browser = await launch(ctx.chromiumPath);
  const total: number[] = [];
  const server: number[] = [];
  const page: number[] = [];
  try {
    for (let i = 0; i < ctx.config.runs.start; i++) {
      const context = await newContext(browser);
      const served = await serve(ds.file, ctx.rendererDir);
      try {
        const { marks } = await openTimeline(context, served);
        total.push(marks.paintedAt - served.spawnedAt);
        server.push(served.readyAt - served.spawnedAt);
        page.push(marks.paintedAt - served.readyAt);
      } finally {
        await context.close();
        await served.stop();
      }
    }
  } finally {
    await browser.close();
  }
  const s = stat(total);
  const fmt = (xs: number[]) => `${stat(xs).median.toFixed(0)} ms`;
  return [
    row({
      figure: 'start: launch `chainline serve` → timeline drawn',
      size: sizeLabel(size, 'records'),
      unit: 'ms',
      better: 'lower',
      ours: s,
      goal: goalMax('< 1 s @100k', s, 1000, size >= GOAL_AT),
      notes: [
        `median split: server start to its URL ${fmt(server)} (Node, the CLI bundle built at the run's start, open and check the database), page load to first frame ${fmt(page)}`,
        'no peer: nothing else opens this data; Electron would add its own window start-up',
      ],
      extra: { totalMs: total, serverMs: server, pageMs: page },
    }),
  ];
}
