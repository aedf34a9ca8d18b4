import { AppError, invalidArgument, toErrorData, type Reply } from './errors';
import { findCall, type Handlers } from './contract';

export type { Reply };

/**
 * The one door into the back end, used by IPC, HTTP and tests alike: finds the
 * call, validates its argument (nothing runs on bad input) and turns every
 * failure into error data.
 */
export async function dispatch(handlers: Handlers, channel: string, raw: unknown): Promise<Reply> {
  const def = findCall(channel);
  if (!def) return { ok: false, error: { code: 'not-found', message: `no such call: ${channel}` } };
  const parsed = def.input.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, error: invalidArgument(parsed.error) };
  const [domain, name] = channel.split('.');
  const fn = (handlers as unknown as Record<string, Record<string, (a: unknown) => unknown>>)[domain][name];
  try {
    return { ok: true, result: await fn(parsed.data) };
  } catch (err) {
    if (!(err instanceof AppError)) console.error(`[chainline] ${channel} failed:`, err);
    return { ok: false, error: toErrorData(err) };
  }
}

export { AppError };
