import { LABELS_MAX } from '../../api/contract/views';
import type { TimelineModel } from './layout/model';

/** Wants are gathered this long before a call: while the user pans, one call every few frames, not one a frame. */
const GATHER_MS = 50;

/**
 * Titles and ids of the items on screen. The timeline's answer is numbers
 * only (titles and ids were three quarters of it at 100,000 records), so what
 * a frame, the tooltip or the list shows is asked for here: each item once,
 * gathered for a moment into one call (one call in flight at a time),
 * listeners told when a batch has arrived.
 */
export class Labels {
  private readonly asked: Uint8Array;
  private queue: number[] = [];
  private flushing: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly m: TimelineModel,
    private readonly ask: (keys: number[]) => Promise<{ id: (string | null)[]; title: (string | null)[] }>,
  ) {
    this.asked = new Uint8Array(m.count);
  }

  /** Asks for item i's labels unless they are loaded or on their way. */
  want(i: number): void {
    if (this.m.titles[i] !== undefined || this.asked[i]) return;
    this.asked[i] = 1;
    this.queue.push(i);
    this.flushing ??= this.later();
  }

  /** Resolves once these items' labels are loaded (at once when they are). */
  async ensure(items: number[]): Promise<void> {
    items.forEach((i) => this.want(i));
    while (items.some((i) => this.m.titles[i] === undefined) && this.flushing) await this.flushing;
  }

  subscribe(f: () => void): () => void {
    this.listeners.add(f);
    return () => {
      this.listeners.delete(f);
    };
  }

  private later(): Promise<void> {
    return new Promise<void>((r) => setTimeout(r, GATHER_MS)).then(() => this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      for (let k = 0; k < batch.length; k += LABELS_MAX) {
        const part = batch.slice(k, k + LABELS_MAX);
        const r = await this.ask(part.map((i) => this.m.keys[i]));
        part.forEach((i, j) => {
          this.m.ids[i] = r.id[j] ?? '';
          this.m.titles[i] = r.title[j] ?? '';
        });
      }
    } catch {
      // Asked again on the next frame that shows them.
      for (const i of batch) if (this.m.titles[i] === undefined) this.asked[i] = 0;
    } finally {
      this.flushing = this.queue.length ? this.later() : null;
    }
    this.listeners.forEach((f) => f());
  }
}
