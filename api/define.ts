import type { z } from 'zod';

/**
 * One call of the API: a runtime schema for its argument and a compile-time
 * result type. Results are produced by our own code, so they are typed but not
 * re-validated; arguments come from outside and always are.
 */
export interface CallDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type only. */
  readonly output?: O;
}

export const call =
  <I extends z.ZodType>(input: I) =>
  <O>(): CallDef<I, O> => ({ input });

// eslint-style alias kept loose on purpose: the contract map is checked where it is used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCall = CallDef<z.ZodType, any>;
export type Domain = Record<string, AnyCall>;
