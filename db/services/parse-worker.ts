// The worker thread that parses imported files (see parse-pool.ts): it holds
// no database, only the import library, so running out of memory or time
// here ends this thread and never the process that stores the articles.
import { parentPort } from 'node:worker_threads';
import { parseArticle, type Lexicon } from '../../import';
import { prepare } from './import-prepare';
import type { ParseReply, ParseRequest } from './parse-pool';

let lexicon: Lexicon = { regions: [], chains: [] };

async function answer(m: ParseRequest): Promise<void> {
  if (m.lexicon) lexicon = m.lexicon;
  let reply: ParseReply;
  try {
    reply = { id: m.id, prepared: prepare(await parseArticle(m.bytes, m.name), lexicon) };
  } catch (error) {
    reply = { id: m.id, prepared: { ok: false, error: { code: 'corrupt', message: `could not read ${m.name}: ${(error as Error).message}` } } };
  }
  parentPort?.postMessage(reply);
}

// Files arrive ahead of time (parse-pool.ts) and are answered one at a time, in
// order: a PDF's reading awaits, and the next file must not start beside it.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (m: ParseRequest) => {
  queue = queue.then(() => answer(m));
});
parentPort?.postMessage({ ready: true });
