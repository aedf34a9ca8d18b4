import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Lexicon } from '../../import';
import type { Prepared } from './import-prepare';

export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  /** Sent when it changed since the worker's last request. */
  lexicon?: Lexicon;
}

export interface ParseReply {
  id: number;
  prepared: Prepared;
}

/** How long one file may take to read and how much heap its reading may use. */
export interface ParseLimits {
  timeoutMs: number;
  heapMb: number;
}

// The heap limit is what bounds an import's memory whatever the format: the
// worker's heap beside the storing process stays under 500 MB (bench figure
// import-memory). Measured: a 10 MB text file or a Word file of 3 million
// characters in plain paragraphs parses in it; a Word file of 7 MB of XML
// split into a million formatted runs runs it out of memory (mammoth builds
// an object per run) and fails alone with a clear message.
export const PARSE_LIMITS: ParseLimits = { timeoutMs: 60_000, heapMb: 192 };

// An idle worker holds its heap; it is let go after a while and started again for the next import.
const IDLE_MS = 15_000;
const BOOT_MS = 60_000;
// After a large file the worker is ended, and its end awaited, before the
// article is handed on: its heap would otherwise stay grown while the article
// is being stored and indexed, and the two together were the import's peak.
const LARGE_BYTES = 1024 * 1024;

function spawn(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  // The Electron build bundles the worker beside its main script; an ASAR
  // cannot hold a worker's script, so the package keeps it unpacked.
  const bundled = path.join(import.meta.dirname, 'parse-worker.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  // From a checkout the worker runs the TypeScript source through tsx, as bin/chainline does.
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = pathToFileURL(path.join(import.meta.dirname, 'parse-worker.ts')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

const failure = (code: 'too-large' | 'too-complex' | 'corrupt', message: string): Prepared => ({ ok: false, error: { code, message } });

interface Job {
  id: number;
  name: string;
  bytes: Uint8Array;
  lexicon: Lexicon;
  limits: ParseLimits;
  resolve: (p: Prepared) => void;
}

const large = (j: Job) => j.bytes.byteLength > LARGE_BYTES;

/**
 * Parses files in a worker thread with its own heap limit and a time limit per
 * file. A file that runs the worker out of memory or time fails alone: the
 * worker is ended and a fresh one reads the files after it.
 *
 * Small files are handed to the worker ahead of time, so it parses the next
 * files while this thread stores the last ones (import stores a chunk at a
 * time, synchronously). They are copied, not transferred, so that the files
 * queued behind one that kills the worker can be handed to the next worker.
 * A large file goes alone and is transferred: its copy would double the peak.
 * Each file's time limit starts when the one before it is answered.
 */
export class ParsePool {
  private worker: Worker | null = null;
  private heapMb = 0;
  private lexicon: Lexicon | null = null;
  private next = 1;
  /** Posted to the worker, answered in order. */
  private posted: Job[] = [];
  /** Not posted yet: behind a large file, or waiting for another heap limit. */
  private waiting: Job[] = [];
  private started = false;
  private timer: NodeJS.Timeout | null = null;
  private boot: NodeJS.Timeout | null = null;
  private idle: NodeJS.Timeout | null = null;
  private stopping: Promise<unknown> = Promise.resolve();
  private drained: (() => void)[] = [];

  parse(name: string, bytes: Uint8Array, lexicon: Lexicon, limits: ParseLimits = PARSE_LIMITS): Promise<Prepared> {
    return new Promise<Prepared>((resolve) => {
      this.waiting.push({ id: this.next++, name, bytes, lexicon, limits, resolve });
      this.pump();
    });
  }

  /** Ends the worker once every file handed in is answered (tests, and hosts shutting down). */
  async close(): Promise<void> {
    if (this.posted.length || this.waiting.length) await new Promise<void>((resolve) => this.drained.push(resolve));
    await this.stop();
  }

  private stop(): Promise<unknown> {
    for (const t of [this.timer, this.boot, this.idle]) if (t) clearTimeout(t);
    this.timer = this.boot = this.idle = null;
    const w = this.worker;
    this.worker = null;
    this.lexicon = null;
    this.started = false;
    if (w) this.stopping = w.terminate();
    return this.stopping;
  }

  /** Posts what may go now: small files behind small files of the same limits; a large file only to an idle worker. */
  private pump(): void {
    while (this.waiting.length) {
      const j = this.waiting[0]!;
      const busy = this.posted.length > 0;
      if (busy && (large(j) || large(this.posted[0]!) || j.limits.heapMb !== this.heapMb)) return;
      if (this.worker && this.heapMb !== j.limits.heapMb) void this.stop();
      if (!this.worker) this.spawn(j.limits.heapMb);
      this.waiting.shift();
      this.post(j);
    }
  }

  private spawn(heapMb: number): void {
    const w = spawn(heapMb);
    this.worker = w;
    this.heapMb = heapMb;
    this.started = false;
    // The time limit counts from a started worker: loading the parsers is not the file's fault.
    this.boot = setTimeout(() => this.fail(w, failure('corrupt', 'the reader did not start')), BOOT_MS);
    w.on('message', (m: ParseReply | { ready: true }) => {
      if ('ready' in m) {
        if (this.boot) clearTimeout(this.boot);
        this.boot = null;
        this.started = true;
        this.arm();
      } else this.answer(w, m);
    });
    w.on('error', (error: Error & { code?: string }) =>
      this.fail(
        w,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? failure('too-large', 'ran out of memory reading this file') : failure('corrupt', `the reader stopped on this file: ${error.message}`),
      ),
    );
    w.on('exit', () => this.fail(w, failure('corrupt', 'the reader stopped on this file')));
  }

  private post(j: Job): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const w = this.worker!;
    w.ref();
    const request: ParseRequest = { id: j.id, name: j.name, bytes: j.bytes, ...(this.lexicon === j.lexicon ? {} : { lexicon: j.lexicon }) };
    this.lexicon = j.lexicon;
    this.posted.push(j);
    if (large(j)) {
      // Transfer, not copy: a pooled Buffer shares its memory, so those are copied once first.
      const own = j.bytes.byteOffset === 0 && j.bytes.byteLength === j.bytes.buffer.byteLength && j.bytes.buffer instanceof ArrayBuffer ? j.bytes : j.bytes.slice();
      w.postMessage({ ...request, bytes: own }, [own.buffer as ArrayBuffer]);
    } else w.postMessage(request);
    if (this.posted.length === 1) this.arm();
  }

  /** Starts the time limit of the file the worker is reading now. */
  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const head = this.posted[0];
    if (!head || !this.started || !this.worker) return;
    const w = this.worker;
    const ms = head.limits.timeoutMs;
    this.timer = setTimeout(() => this.fail(w, failure('too-complex', `too complex to read in time (over ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`})`)), ms);
  }

  private answer(w: Worker, reply: ParseReply): void {
    if (w !== this.worker || this.posted[0]?.id !== reply.id) return;
    const j = this.posted.shift()!;
    if (large(j)) {
      void this.stop().then(() => {
        j.resolve(reply.prepared);
        this.after();
      });
      return;
    }
    j.resolve(reply.prepared);
    this.arm();
    this.after();
  }

  /** The worker died or was too slow: its current file fails, the files posted behind it go to a fresh worker. */
  private fail(w: Worker, why: Prepared): void {
    if (w !== this.worker) return;
    const j = this.posted.shift();
    this.waiting.unshift(...this.posted);
    this.posted = [];
    void this.stop();
    j?.resolve(why);
    this.after();
  }

  private after(): void {
    this.pump();
    if (this.posted.length || this.waiting.length) return;
    if (this.worker) {
      this.worker.unref();
      if (this.idle) clearTimeout(this.idle);
      this.idle = setTimeout(() => void this.stop(), IDLE_MS);
      this.idle.unref();
    }
    for (const d of this.drained.splice(0)) d();
  }
}

/** The process's one parser: imports from every door share it and wait their turn. */
export const parsePool = new ParsePool();
