import type { z } from 'zod';
import { AppError, toErrorData, type ApiErrorData } from './errors';
import { findCall, type Handlers } from './contract';

export type Reply = { ok: true; result: unknown } | { ok: false; error: ApiErrorData };

function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  // An unknown key is named as the field itself: a typo should point at the typo.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  return path.length ? path.map(String).join('.') : undefined;
}

/**
 * The one door into the back end, used by IPC, HTTP and tests alike: finds the
 * call, validates its argument (nothing runs on bad input) and turns every
 * failure into error data.
 */
export async function dispatch(handlers: Handlers, channel: string, raw: unknown): Promise<Reply> {
  const def = findCall(channel);
  if (!def) return { ok: false, error: { code: 'not-found', message: `no such call: ${channel}` } };
  const parsed = def.input.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = fieldOf(issue);
    return { ok: false, error: { code: 'invalid-argument', message: field ? `${field}: ${issue.message}` : issue.message, ...(field ? { field } : {}) } };
  }
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
