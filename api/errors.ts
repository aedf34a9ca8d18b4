// Errors cross the API boundary as plain data: { error: { code, message, field } }.
export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'conflict'
  | 'db-too-new'
  | 'db-corrupt'
  | 'unauthorized'
  | 'forbidden'
  | 'internal';

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  field?: string;
}

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
