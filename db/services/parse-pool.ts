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

/**
 * Parses files one at a time in a worker thread with its own heap limit and a
 * time limit per file. A file that runs the worker out of memory or time
 * fails alone: the worker is ended and a fresh one reads the next file.
 */
export class ParsePool {
  private worker: Worker | null = null;
  private heapMb = 0;
  private lexicon: Lexicon | null = null;
  private next = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private idle: NodeJS.Timeout | null = null;
  private ready: Promise<void> = Promise.resolve();

  parse(name: string, bytes: Uint8Array, lexicon: Lexicon, limits: ParseLimits = PARSE_LIMITS): Promise<Prepared> {
    const run = this.queue.then(() => this.run(name, bytes, lexicon, limits));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends the worker now (tests, and hosts shutting down). */
  async close(): Promise<void> {
    await this.queue;
    await this.stop();
  }

  private stop(): Promise<unknown> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const w = this.worker;
    this.worker = null;
    this.lexicon = null;
    return w?.terminate() ?? Promise.resolve();
  }

  private run(name: string, bytes: Uint8Array, lexicon: Lexicon, limits: ParseLimits): Promise<Prepared> {
    if (this.idle) clearTimeout(this.idle);
    if (this.worker && this.heapMb !== limits.heapMb) void this.stop();
    if (!this.worker) {
      const w = spawn(limits.heapMb);
      this.worker = w;
      this.heapMb = limits.heapMb;
      // The time limit counts from a started worker: loading the parsers is not the file's fault.
      this.ready = new Promise((resolve) => {
        const onReady = (m: unknown) => {
          if ((m as { ready?: boolean }).ready) {
            w.off('message', onReady);
            resolve();
          }
        };
        w.on('message', onReady);
      });
    }
    const worker = this.worker;
    worker.ref();
    const id = this.next++;
    const size = bytes.byteLength;
    // Transfer, not copy: a pooled Buffer shares its memory, so those are copied once first.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
    const request: ParseRequest = { id, name, bytes: own, ...(this.lexicon === lexicon ? {} : { lexicon }) };
    this.lexicon = lexicon;

    return new Promise<Prepared>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (prepared: Prepared, healthy: boolean) => {
        clearTimeout(timer);
        clearTimeout(boot);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (!healthy) void this.stop();
        else if (size > LARGE_BYTES) {
          void this.stop().then(() => resolve(prepared));
          return;
        } else {
          worker.unref();
          this.idle = setTimeout(() => void this.stop(), IDLE_MS);
          this.idle.unref();
        }
        resolve(prepared);
      };
      const onMessage = (reply: ParseReply) => {
        if (reply.id === id) done(reply.prepared, true);
      };
      const onError = (error: Error & { code?: string }) =>
        done(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? failure('too-large', 'ran out of memory reading this file')
            : failure('corrupt', `the reader stopped on this file: ${error.message}`),
          false,
        );
      const onExit = () => done(failure('corrupt', 'the reader stopped on this file'), false);
      const tooSlow = () => done(failure('too-complex', `too complex to read in time (over ${limits.timeoutMs < 1000 ? `${limits.timeoutMs} ms` : `${Math.round(limits.timeoutMs / 1000)} s`})`), false);
      const boot = setTimeout(() => done(failure('corrupt', 'the reader did not start'), false), BOOT_MS);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      void this.ready.then(() => {
        if (this.worker !== worker) return;
        clearTimeout(boot);
        timer = setTimeout(tooSlow, limits.timeoutMs);
        worker.postMessage(request, [own.buffer as ArrayBuffer]);
      });
    });
  }
}

/** The process's one parser: imports from every door share it and wait their turn. */
export const parsePool = new ParsePool();
