import type { z } from 'zod';

// Errors cross the API boundary as plain data: { error: { code, message, field } }.
export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'conflict'
  | 'db-too-new'
  | 'db-corrupt'
  | 'read-only'
  | 'disk-full'
  | 'io-error'
  | 'unauthorized'
  | 'forbidden'
  | 'too-large'
  | 'internal';

/**
 * Why an argument was refused, as a stable code the UI words in its own
 * language (the message is English for logs and the command line).
 */
export const REASONS = [
  'required', 'too-long', 'too-short', 'too-large', 'too-small', 'wrong-type', 'not-allowed', 'not-an-id', 'not-a-date', 'not-a-number',
  'unknown-field', 'end-before-start', 'end-needs-start', 'date-twice', 'from-after-to', 'offsets-pair', 'meeting-only', 'not-for-meetings',
  'measure-only', 'unknown-node', 'invalid', 'not-a-url', 'not-a-time', 'same-actor',
] as const;
export type Reason = (typeof REASONS)[number];

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  field?: string;
  /** For invalid-argument: why, as a code; `params` fill its wording (a name, a limit). */
  reason?: Reason;
  params?: Record<string, string | number>;
}

/** Zod params naming the reason of a custom check: `.refine(fn, { message, ...because('end-before-start') })`. */
export const because = (reason: Reason) => ({ params: { reason } });

/** What every door answers: a result, or error data. */
export type Reply = { ok: true; result: unknown } | { ok: false; error: ApiErrorData };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly reason?: Reason;
  readonly params?: Record<string, string | number>;
  constructor(code: ErrorCode, message: string, field?: string, why?: { reason: Reason; params?: Record<string, string | number> }) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
    this.reason = why?.reason;
    this.params = why?.params;
  }
  toData(): ApiErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      ...(this.reason ? { reason: this.reason } : {}),
      ...(this.params ? { params: this.params } : {}),
    };
  }
}

export function toErrorData(err: unknown): ApiErrorData {
  if (err instanceof AppError) return err.toData();
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message };
}

/** Runs fn, prefixing the field of any AppError it throws (services name fields relative to their own input). */
export function underField<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AppError && err.field) throw new AppError(err.code, err.message, `${prefix}.${err.field}`, err.reason ? { reason: err.reason, params: err.params } : undefined);
    throw err;
  }
}

/**
 * A failed validation as error data: invalid-argument naming the first bad
 * field, the same at every door (contract calls and shell actions).
 */
export function invalidArgument(error: z.ZodError): ApiErrorData {
  const issue = error.issues[0];
  // An unknown key is named as the field itself: a typo should point at the typo.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  const field = path.length ? path.map(String).join('.') : undefined;
  const { reason, params } = reasonOf(issue);
  return { code: 'invalid-argument', message: field ? `${field}: ${issue.message}` : issue.message, ...(field ? { field } : {}), reason, ...(params ? { params } : {}) };
}

function reasonOf(issue: z.core.$ZodIssue): { reason: Reason; params?: Record<string, number> } {
  switch (issue.code) {
    case 'custom': {
      const r = (issue.params as { reason?: Reason } | undefined)?.reason;
      return { reason: r && (REASONS as readonly string[]).includes(r) ? r : 'invalid' };
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { reason: 'required' };
      return issue.origin === 'number' ? { reason: 'too-small', params: { min: Number(issue.minimum) } } : { reason: 'too-short', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'number' ? { reason: 'too-large', params: { max: Number(issue.maximum) } } : { reason: 'too-long', params: { max: Number(issue.maximum) } };
    case 'invalid_type':
      if (issue.input === undefined) return { reason: 'required' };
      return { reason: issue.expected === 'number' ? 'not-a-number' : 'wrong-type' };
    case 'invalid_value':
      return { reason: 'not-allowed' };
    case 'invalid_format':
      return { reason: issue.format === 'uuid' ? 'not-an-id' : 'invalid' };
    case 'unrecognized_keys':
      return { reason: 'unknown-field' };
    default:
      return { reason: 'invalid' };
  }
}
