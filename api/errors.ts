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

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  field?: string;
}

/** What every door answers: a result, or error data. */
export type Reply = { ok: true; result: unknown } | { ok: false; error: ApiErrorData };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
  toData(): ApiErrorData {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message };
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
    if (err instanceof AppError && err.field) throw new AppError(err.code, err.message, `${prefix}.${err.field}`);
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
  return { code: 'invalid-argument', message: field ? `${field}: ${issue.message}` : issue.message, ...(field ? { field } : {}) };
}
